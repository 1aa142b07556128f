/** Button looks shared by the class-activity screens (as in the import form). */
export const PRIMARY =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-accent px-4 font-sans font-semibold text-accent-fg disabled:opacity-60";
export const SECONDARY =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-border bg-surface px-4 font-sans font-semibold text-fg disabled:opacity-60";
export const SMALL =
  "inline-flex min-h-9 items-center rounded-md border border-border bg-surface px-3 font-sans text-sm font-semibold text-fg disabled:opacity-60";
export const DANGER =
  "inline-flex min-h-11 items-center rounded-md border-2 border-[color:var(--error)] bg-surface px-4 font-sans font-semibold text-fg";
export const CARD = "rounded-lg border border-border bg-surface p-4";
