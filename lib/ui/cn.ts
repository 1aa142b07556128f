/**
 * Joins class names, skipping the false, null and undefined of conditions. No tailwind-merge: the
 * button variants set disjoint utilities and callers add layout only, so there is no conflict to
 * resolve, and it would add about 8 KB to every page the reader's first load carries.
 */
export function cn(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(" ");
}
