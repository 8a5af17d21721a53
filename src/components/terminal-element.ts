// <cours-terminal>: fetches the live terminal when the frame nears the viewport, shows it once visible (kept tiny).

type Mount = typeof import('../terminal/mount.ts');

/** How far ahead of the viewport (px) the terminal's code starts loading. */
const NEAR = 200;

/** Calls `act` once, the first time the element intersects the viewport grown by `margin`. */
function once(element: Element, margin: string, act: () => void): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      act();
    },
    { rootMargin: margin },
  );
  observer.observe(element);
}

class CoursTerminal extends HTMLElement {
  private loading: Promise<Mount> | undefined;

  connectedCallback(): void {
    if (this.dataset.started !== undefined) return;
    // A little ahead of the reader's scroll: the code downloads and the machine opens before it is seen.
    // A frame already there at load (the « Bac à sable ») starts at once, before the first report.
    const box = this.getBoundingClientRect();
    if (box.top < innerHeight + NEAR && box.bottom > -NEAR) void this.load().catch(() => undefined);
    else once(this, `${NEAR}px 0px`, () => void this.load().catch(() => undefined));
    once(this, '0px', () => this.start());
  }

  private load(): Promise<Mount> {
    if (!this.loading) {
      // The machine (IndexedDB, engine) gets ready while xterm's larger chunk downloads.
      import('../terminal/store.ts').then((store) => store.warmUp()).catch(() => undefined);
      import('../terminal/page-machine.ts')
        .then((machine) => machine.openPageMachine(this))
        .catch(() => undefined);
      this.loading = import('../terminal/mount.ts');
      this.loading.catch(() => (this.loading = undefined));
    }
    return this.loading;
  }

  private start(): void {
    this.dataset.started = '';
    performance.mark?.('cours-terminal:visible');
    this.load()
      .then((module) => module.mountTerminal(this))
      .catch((error: unknown) => {
        this.dataset.failed = '';
        console.error(error);
      });
  }
}

if (!customElements.get('cours-terminal')) customElements.define('cours-terminal', CoursTerminal);
