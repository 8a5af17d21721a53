// The shape of a help text: verbatim text around flag tables that are wrapped at the terminal width.

/** One line of a flag table: "  -a, --all" or "      --format string", and its usage (unwrapped). */
export interface FlagEntry {
  readonly prefix: string;
  readonly usage: string;
}

/** Verbatim text, or a flag table rendered as pflag's FlagUsagesWrapped then right-trimmed. */
export type HelpPart = { readonly text: string } | { readonly flags: readonly FlagEntry[] };

export interface HelpText {
  readonly parts: readonly HelpPart[];
}
