// The live side of an exercise (loaded once its terminal runs): checks after every command and clock
// tick, the hint of the first unmet check, undo/redo over machine snapshots, reset, saved progress.
import { evaluate, type Evaluation } from '../exercises/evaluate.ts';
import {
  PROGRESS_EVENT,
  PROGRESS_KEY,
  readProgress,
  recordEvaluation,
} from '../exercises/progress.ts';
import type { Exercise } from '../exercises/types.ts';
import type { Machine, MachineSnapshot } from '../shell/machine.ts';
import type { TerminalHandle } from '../terminal/mount.ts';

/** Undo goes back this many commands at most (each step is a snapshot of the whole machine). */
const MAX_STEPS = 30;
const TICK_MS = 1000;

/** Fills an element with text where `code` is between backticks. */
function setRichText(element: HTMLElement, text: string): void {
  element.replaceChildren(
    ...text.split('`').map((part, i) => {
      if (i % 2 === 0) return document.createTextNode(part);
      const code = document.createElement('code');
      code.textContent = part;
      return code;
    }),
  );
}

export function startExercise(root: HTMLElement, terminal: HTMLElement): void {
  const handle = (terminal as HTMLElement & { coursTerminal?: TerminalHandle }).coursTerminal;
  if (!handle) return;
  const exercise = JSON.parse(root.dataset.definition ?? '{}') as Exercise;
  const shared = handle.shared;
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const live = q<HTMLElement>('[data-exercise-live]');
  const hintBox = q<HTMLElement>('[data-exercise-hint]');
  const hintMissing = q<HTMLElement>('[data-hint-missing]');
  const hintList = q<HTMLElement>('[data-hint-list]');
  const hintMore = q<HTMLButtonElement>('[data-hint-more]');
  const success = q<HTMLElement>('[data-exercise-success]');
  const undo = q<HTMLButtonElement>('[data-exercise-undo]');
  const redo = q<HTMLButtonElement>('[data-exercise-redo]');
  const reset = q<HTMLButtonElement>('[data-exercise-reset]');
  const items = new Map(
    [...root.querySelectorAll<HTMLElement>('[data-check]')].map((el) => [el.dataset.check, el]),
  );
  const announce = (text: string) => {
    if (live) live.textContent = text;
  };

  // ------------------------------------------------------------ checking

  let previous: Evaluation | undefined;
  let started = false;
  const revealed = new Map<string, number>();

  function showHints(evaluation: Evaluation): void {
    const hint = evaluation.hint;
    if (!hintBox || !hintMissing || !hintList || !hintMore) return;
    hintBox.hidden = hint === undefined;
    if (!hint) return;
    hintBox.dataset.hintFor = hint.check;
    hintMissing.textContent = hint.missing;
    const count = revealed.get(hint.check) ?? 0;
    hintList.replaceChildren(
      ...hint.hints.slice(0, count).map((text) => {
        const li = document.createElement('li');
        setRichText(li, text);
        return li;
      }),
    );
    hintMore.hidden = count >= hint.hints.length;
  }

  function check(): void {
    if (!started) return;
    const evaluation = evaluate(exercise, shared.machine().engine.state);
    for (const result of evaluation.checks) {
      const item = items.get(result.id);
      if (!item) continue;
      const was = item.getAttribute('aria-checked') === 'true';
      item.setAttribute('aria-checked', String(result.met));
      if (result.met && !was && previous && !evaluation.complete) {
        announce(`${root.dataset.textCheck ?? ''} ${item.textContent?.trim() ?? ''}`);
      }
    }
    root.toggleAttribute('data-complete', evaluation.complete);
    if (success) success.hidden = !evaluation.complete;
    if (evaluation.complete && previous && !previous.complete) {
      announce(root.dataset.textComplete ?? '');
    }
    showHints(evaluation);
    save(evaluation);
    previous = evaluation;
  }

  function save(evaluation: Evaluation): void {
    const met = evaluation.checks.filter((c) => c.met).map((c) => c.id);
    try {
      const before = readProgress(localStorage.getItem(PROGRESS_KEY));
      const entry = before.exercises[exercise.id];
      const same =
        entry !== undefined &&
        entry.checks.join() === met.join() &&
        (entry.completedAt !== undefined || !evaluation.complete);
      if (same) return;
      const next = recordEvaluation(
        before,
        exercise.id,
        met,
        evaluation.complete,
        new Date().toISOString(),
      );
      localStorage.setItem(PROGRESS_KEY, JSON.stringify(next));
      const done = q<HTMLElement>('[data-exercise-done]');
      if (done && next.exercises[exercise.id]?.completedAt) done.hidden = false;
      dispatchEvent(new CustomEvent(PROGRESS_EVENT));
    } catch {
      // No storage (private mode, quota): the exercise still works, it is just not remembered.
    }
  }

  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      check();
    }, 50);
  };

  let watched: Machine | undefined;
  let unsubscribe: (() => void) | undefined;
  function follow(): void {
    const machine = shared.machine();
    if (machine === watched) return;
    unsubscribe?.();
    watched = machine;
    unsubscribe = machine.engine.subscribe(schedule);
  }
  follow();
  shared.watch({
    restarted: () => {
      follow();
      schedule();
    },
  });
  // The clock moves on its own (a container ending, a restart policy): look every second too.
  setInterval(() => {
    follow();
    check();
  }, TICK_MS);

  hintMore?.addEventListener('click', () => {
    const id = hintBox?.dataset.hintFor;
    if (!id) return;
    revealed.set(id, (revealed.get(id) ?? 0) + 1);
    check();
    hintList?.lastElementChild?.setAttribute('tabindex', '-1');
    (hintList?.lastElementChild as HTMLElement | null)?.focus();
  });

  // ------------------------------------------------------------ solution, behind a confirmation

  const showSolution = q<HTMLButtonElement>('[data-exercise-show-solution]');
  const dialog = q<HTMLDialogElement>('[data-exercise-confirm]');
  const panel = q<HTMLElement>('[data-exercise-solution]');
  if (showSolution && dialog && panel) {
    showSolution.disabled = false;
    showSolution.addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'oui') {
        panel.hidden = false;
        showSolution.hidden = true;
        panel.tabIndex = -1;
        panel.focus();
      } else showSolution.focus();
      dialog.returnValue = '';
    });
  }

  // ------------------------------------------------------------ undo / redo / reset

  const steps: MachineSnapshot[] = [];
  let at = -1;
  let restoring = false;

  const updateButtons = () => {
    if (undo) undo.disabled = restoring || at <= 0;
    if (redo) redo.disabled = restoring || at >= steps.length - 1;
    if (reset) reset.disabled = restoring;
  };

  async function record(): Promise<void> {
    const snapshot = await shared.machine().toSnapshot();
    steps.splice(at + 1);
    steps.push(snapshot);
    if (steps.length > MAX_STEPS) steps.shift();
    at = steps.length - 1;
    updateButtons();
  }

  async function goTo(index: number, notice: string): Promise<void> {
    const snapshot = steps[index];
    if (!snapshot || restoring) return;
    restoring = true;
    updateButtons();
    try {
      // A restored engine may adopt the object it is given: keep the stored step intact.
      await shared.load(structuredClone(snapshot), notice);
      at = index;
      follow();
      check();
      announce(notice);
    } finally {
      restoring = false;
      updateButtons();
    }
  }

  undo?.addEventListener('click', () => void goTo(at - 1, root.dataset.textUndone ?? ''));
  redo?.addEventListener('click', () => void goTo(at + 1, root.dataset.textRedone ?? ''));
  reset?.addEventListener('click', async () => {
    if (restoring) return;
    restoring = true;
    updateButtons();
    try {
      await shared.reset();
      follow();
      check();
      restoring = false;
      await record();
    } finally {
      restoring = false;
      updateButtons();
    }
  });

  // A command has ended when its terminal stops being busy: that state is a step.
  new MutationObserver(() => {
    if (!terminal.hasAttribute('data-busy') && !restoring) {
      follow();
      check();
      void record();
    }
  }).observe(terminal, { attributes: true, attributeFilter: ['data-busy'] });

  try {
    const saved = readProgress(localStorage.getItem(PROGRESS_KEY)).exercises[exercise.id];
    const done = q<HTMLElement>('[data-exercise-done]');
    if (done && saved?.completedAt) done.hidden = false;
  } catch {
    // No storage: nothing to show.
  }
  // A fresh machine runs its start fixture once the prompt is up: the first step is the state after it.
  void shared
    .machine()
    .ready()
    .then(() => {
      started = true;
      void record();
      check();
    });
}
