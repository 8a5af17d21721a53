// Typed reads of parsed flag values for the view commands.
import type { ParsedFlags } from '../command.ts';

export function flagBool(flags: ParsedFlags, long: string): boolean {
  return flags.values[long] === true;
}

export function flagString(flags: ParsedFlags, long: string): string | undefined {
  const v = flags.values[long];
  return typeof v === 'string' ? v : undefined;
}

export function flagStrings(flags: ParsedFlags, long: string): string[] {
  const v = flags.values[long];
  if (Array.isArray(v)) return v;
  return typeof v === 'string' ? [v] : [];
}

export function flagInt(flags: ParsedFlags, long: string, fallback: number): number {
  const v = flags.values[long];
  return typeof v === 'number' ? v : fallback;
}

export function flagGiven(flags: ParsedFlags, long: string): boolean {
  return flags.given.includes(long);
}
