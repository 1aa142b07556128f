/** Kebab-case ids from free text, shared by slugs, topic ids and the aligner. */

/** "Security Council · veto!" → "security-council-veto"; accents folded, cut at `max` on a word boundary. */
export function kebab(text: string, max = 48): string {
  const base = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  let cut = base.slice(0, max);
  if (base.length > max && cut.includes("-")) cut = cut.slice(0, cut.lastIndexOf("-"));
  return cut.replace(/-+$/, "");
}

/** `base`, or `base-2`, `base-3`… : the first one not in `taken`. */
export function uniqueId(base: string, taken: { has(id: string): boolean }): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
