// The terminal's colours and font, read from Starlight's CSS variables so they follow the light and dark themes.
import type { ITheme } from '@xterm/xterm';

/** xterm colour slot → Starlight variable (resolved against the current theme). */
const SLOTS: Partial<Record<keyof ITheme, string>> = {
  background: '--sl-color-gray-6',
  foreground: '--sl-color-white',
  cursor: '--sl-color-text-accent',
  cursorAccent: '--sl-color-gray-6',
  selectionBackground: '--sl-color-accent-low',
  selectionForeground: '--sl-color-white',
  black: '--sl-color-gray-4',
  red: '--sl-color-red-high',
  green: '--sl-color-green-high',
  yellow: '--sl-color-orange-high',
  blue: '--sl-color-blue-high',
  magenta: '--sl-color-purple-high',
  cyan: '--sl-color-accent-high',
  white: '--sl-color-gray-2',
  brightBlack: '--sl-color-gray-3',
  brightRed: '--sl-color-red-high',
  brightGreen: '--sl-color-green-high',
  brightYellow: '--sl-color-orange-high',
  brightBlue: '--sl-color-blue-high',
  brightMagenta: '--sl-color-purple-high',
  brightCyan: '--sl-color-accent-high',
  brightWhite: '--sl-color-white',
};

/** Resolves each variable to an `rgb(…)` colour through hidden probes, read after a single style pass. */
export function pageTheme(root: HTMLElement): ITheme {
  const probes = Object.entries(SLOTS).map(([slot, variable]) => {
    const probe = document.createElement('span');
    probe.style.display = 'none';
    probe.style.color = `var(${variable})`;
    return { slot, probe };
  });
  root.append(...probes.map(({ probe }) => probe));
  const theme: Record<string, string> = {};
  for (const { slot, probe } of probes) theme[slot] = getComputedStyle(probe).color;
  for (const { probe } of probes) probe.remove();
  return theme as ITheme;
}

export function pageFont(root: HTMLElement): string {
  const font = getComputedStyle(root).getPropertyValue('--sl-font-mono').trim();
  return font || 'monospace';
}

/** Calls `changed` whenever Starlight switches theme (it sets `data-theme` on <html>). */
export function onThemeChange(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
