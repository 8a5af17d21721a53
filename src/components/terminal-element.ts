// <cours-terminal>: waits until the frame is about to be seen, then loads the live terminal (kept tiny).

class CoursTerminal extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset.started !== undefined) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        this.start();
      },
      { rootMargin: '100px' },
    );
    observer.observe(this);
  }

  private start(): void {
    this.dataset.started = '';
    performance.mark?.('cours-terminal:visible');
    // The saved machine is read from IndexedDB while the terminal's code downloads.
    import('../terminal/store.ts')
      .then((store) => store.preloadEntry(this.dataset.machine || 'bac-a-sable'))
      .catch(() => undefined);
    import('../terminal/mount.ts')
      .then((module) => module.mountTerminal(this))
      .catch((error: unknown) => {
        this.dataset.failed = '';
        console.error(error);
      });
  }
}

if (!customElements.get('cours-terminal')) customElements.define('cours-terminal', CoursTerminal);
