// <cours-exercise>: kept tiny, it only waits for the exercise's terminal to be live, then loads the
// checker (exercise-live.ts: checklist, hints, solution, undo/redo, progress) with the engine's data.

interface WithHandle extends HTMLElement {
  coursTerminal?: unknown;
}

class CoursExercise extends HTMLElement {
  connectedCallback(): void {
    const start = (terminal: WithHandle) => {
      if (this.dataset.live !== undefined) return;
      this.dataset.live = '';
      void import('./exercise-live.ts').then((module) => module.startExercise(this, terminal));
    };
    this.addEventListener('cours-terminal-ready', (event) => start(event.target as WithHandle));
    const terminal = this.querySelector<WithHandle>('cours-terminal');
    if (terminal?.coursTerminal) start(terminal);
  }
}

if (!customElements.get('cours-exercise')) customElements.define('cours-exercise', CoursExercise);
