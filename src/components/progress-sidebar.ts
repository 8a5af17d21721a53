// Sidebar badges « 2/11 » next to each page that has exercises, kept up to date as exercises are solved.

interface Saved {
  exercises?: Record<string, { completedAt?: unknown }>;
}

class CoursProgressSidebar extends HTMLElement {
  connectedCallback(): void {
    const render = () => this.render();
    render();
    addEventListener('cours-progression', render);
    addEventListener('storage', render);
    // Starlight restores the sidebar (and its links) on navigation: render again once the page settles.
    addEventListener('pageshow', render);
  }

  private render(): void {
    let pages: Record<string, string[]>;
    let saved: Saved;
    try {
      pages = JSON.parse(this.dataset.pages ?? '{}') as Record<string, string[]>;
      saved = JSON.parse(localStorage.getItem(this.dataset.progressKey ?? '') ?? '{}') as Saved;
    } catch {
      return;
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>(
      '#starlight__sidebar a[href]',
    )) {
      const ids = pages[new URL(link.href).pathname];
      if (!ids) continue;
      const done = ids.filter(
        (id) => typeof saved.exercises?.[id]?.completedAt === 'string',
      ).length;
      const progress = `${done}/${ids.length}`;
      let badge = link.querySelector<HTMLElement>('.progress-badge');
      // Unchanged (the render of `pageshow` right after the first one): the page is not touched again.
      if (badge?.dataset.progress === progress) continue;
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'progress-badge';
        link.append(badge);
      }
      badge.toggleAttribute('data-complete', done === ids.length);
      badge.dataset.progress = progress;
      const hidden = (text: string) => {
        const span = document.createElement('span');
        span.className = 'sr-only';
        span.textContent = text;
        return span;
      };
      // Read after the page's title: « 3.2 Conteneurs Docker, 2/11 exercices réussis ».
      badge.replaceChildren(
        hidden(', '),
        `${done === ids.length ? `${this.dataset.textDone ?? ''} ` : ''}${done}/${ids.length}`,
        hidden(` ${this.dataset.textSr ?? ''}`),
      );
    }
  }
}

if (!customElements.get('cours-progress-sidebar'))
  customElements.define('cours-progress-sidebar', CoursProgressSidebar);
