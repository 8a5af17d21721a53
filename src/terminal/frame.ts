// What a terminal frame's attributes say: the name of its machine and its start fixture.

/** The name of the frame's machine (`data-machine`): frames naming the same machine share it. */
export function machineName(root: HTMLElement): string {
  return root.dataset.machine || 'bac-a-sable';
}

/** The frame's start fixture (`data-fixture`): a JSON list of command lines. */
export function fixtureOf(root: HTMLElement): string[] {
  try {
    const value: unknown = JSON.parse(root.dataset.fixture ?? '[]');
    return Array.isArray(value) ? value.filter((line) => typeof line === 'string') : [];
  } catch {
    return [];
  }
}
