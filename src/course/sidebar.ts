// Builds Starlight's sidebar from the course's numbered folders and files, in the course's order.
import type { CourseIndex } from './course-files.ts';
import { t } from '../i18n/fr.ts';

export type SidebarItem =
  { slug: string; label?: string } | { label: string; items: SidebarItem[]; collapsed?: boolean };

/** `03-concepts-fondamentaux` → `3. Concepts fondamentaux`; `annexes` → `Annexes`. */
export function moduleLabel(folder: string): string {
  const match = /^(\d+)[-_ .]+(.*)$/.exec(folder);
  const words = (match ? match[2] : folder)!.replace(/[-_]+/g, ' ').trim();
  const text = words.charAt(0).toLocaleUpperCase('fr') + words.slice(1);
  return match ? `${Number(match[1])}. ${text}` : text;
}

interface Folder {
  name: string;
  folders: Map<string, Folder>;
  pages: string[];
}

function tree(index: CourseIndex): Folder {
  const top: Folder = { name: '', folders: new Map(), pages: [] };
  const slugs = [...new Set(index.pages.map((page) => page.slug))].sort();
  for (const slug of slugs) {
    const parts = slug.split('/');
    let folder = top;
    for (const part of parts.slice(0, -1)) {
      let child = folder.folders.get(part);
      if (!child) {
        child = { name: part, folders: new Map(), pages: [] };
        folder.folders.set(part, child);
      }
      folder = child;
    }
    folder.pages.push(slug);
  }
  return top;
}

function folderItems(folder: Folder): SidebarItem[] {
  const pages: SidebarItem[] = folder.pages.map((slug) => ({ slug }));
  const groups: SidebarItem[] = [...folder.folders.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((child) => ({ label: moduleLabel(child.name), items: folderItems(child) }));
  return [...pages, ...groups];
}

/**
 * The sidebar: the home page (« Sommaire ») first, then one group per module folder with its
 * sections in file order, then the other top-level pages (such as the sandbox).
 */
export function courseSidebar(index: CourseIndex): SidebarItem[] {
  const top = tree(index);
  const hasHome = top.pages.includes('index');
  const home: SidebarItem[] = hasHome ? [{ slug: 'index', label: t('nav.sommaire') }] : [];
  const modules = folderItems({ ...top, pages: [] });
  const others: SidebarItem[] = top.pages
    .filter((slug) => slug !== 'index')
    .map((slug) => ({ slug }));
  return [...home, ...modules, ...others];
}
