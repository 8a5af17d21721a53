// <cours-terminal>: fetches and starts the live terminal as the frame nears the viewport (kept tiny).

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
  private mounting: Promise<void> | undefined;

  connectedCallback(): void {
    if (this.dataset.started !== undefined) return;
    // A frame in view at load (the « Bac à sable ») starts at once. Others start a little ahead of the
    // reader's scroll: the code downloads and the terminal starts before it is seen.
    const box = this.getBoundingClientRect();
    if (box.top < innerHeight && box.bottom > 0) return this.start();
    if (box.top < innerHeight + NEAR && box.bottom > -NEAR) this.mount();
    else once(this, `${NEAR}px 0px`, () => this.mount());
    once(this, '0px', () => this.start());
  }

  private load(): Promise<Mount> {
    if (!this.loading) {
      // IndexedDB, and the machine if the prompt needs it (a saved state), while xterm downloads.
      import('../terminal/ahead.ts').then((ahead) => ahead.prepare(this)).catch(() => undefined);
      this.loading = import('../terminal/mount.ts');
      this.loading.catch(() => (this.loading = undefined));
    }
    return this.loading;
  }

  private mount(): void {
    this.mounting ??= this.load()
      .then((module) => module.mountTerminal(this))
      .catch((error: unknown) => {
        this.mounting = undefined;
        // Retried once visible; a failure then shows the frame's French message.
        if (this.dataset.started === undefined) return;
        this.dataset.failed = '';
        console.error(error);
      });
  }

  private start(): void {
    this.dataset.started = '';
    performance.mark?.('cours-terminal:visible', { detail: this.dataset.machine });
    this.mount();
  }
}

if (!customElements.get('cours-terminal')) customElements.define('cours-terminal', CoursTerminal);
