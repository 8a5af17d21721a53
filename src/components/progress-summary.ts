// « Votre progression »: counts per chapter from localStorage, export as a JSON download, import with checks.

const FILE_NAME = 'progression-cours-docker.json';

interface Saved {
  exercises?: Record<string, { completedAt?: unknown }>;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function wire(section: HTMLElement): void {
  const key = section.dataset.progressKey ?? '';
  const message = section.querySelector<HTMLElement>('[data-progress-message]');
  const say = (text: string, error = false) => {
    if (!message) return;
    message.textContent = text;
    message.toggleAttribute('data-error', error);
  };

  const render = () => {
    let saved: Saved = {};
    try {
      saved = JSON.parse(localStorage.getItem(key) ?? '{}') as Saved;
    } catch {
      saved = {};
    }
    for (const cell of section.querySelectorAll<HTMLElement>('[data-progress-page]')) {
      const ids = JSON.parse(cell.dataset.progressPage ?? '[]') as string[];
      const done = ids.filter((id) => typeof saved.exercises?.[id]?.completedAt === 'string');
      cell.textContent = fill(section.dataset.textLine ?? '', {
        fait: done.length,
        total: ids.length,
      });
    }
  };
  render();
  addEventListener('cours-progression', render);
  addEventListener('storage', render);

  section.querySelector('[data-progress-export]')?.addEventListener('click', async () => {
    const { exportProgress, readProgress } = await import('../exercises/progress.ts');
    const text = exportProgress(readProgress(localStorage.getItem(key)), new Date().toISOString());
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = FILE_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say(fill(section.dataset.textExported ?? '', { fichier: FILE_NAME }));
  });

  const input = section.querySelector<HTMLInputElement>('[data-progress-import]');
  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { mergeProgress, parseImport, readProgress, PROGRESS_EVENT } =
      await import('../exercises/progress.ts');
    const known = JSON.parse(section.dataset.known ?? '[]') as string[];
    const result = parseImport(await file.text(), known);
    if (!result.ok) {
      say(result.error, true);
      return;
    }
    const merged = mergeProgress(readProgress(localStorage.getItem(key)), result.progress);
    localStorage.setItem(key, JSON.stringify(merged));
    dispatchEvent(new CustomEvent(PROGRESS_EVENT));
    say(
      fill(section.dataset.textImported ?? '', {
        nombre: Object.keys(result.progress.exercises).length,
      }),
    );
  });
}

for (const section of document.querySelectorAll<HTMLElement>('[data-progress-summary]'))
  wire(section);
