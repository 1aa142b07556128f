import type { DocumentKind } from "./schema";
import { KIND_LABELS, KIND_NOUNS, type Side } from "./sides";

/**
 * Names that tell texts apart. "News report · News report" says nothing when a teacher compares two
 * outlets' reports: each text is named by the first of its genre, outlet or title that no other text
 * shares.
 */

export interface NamedSource {
  kind: DocumentKind;
  outlet: string;
  title: string;
}

export type NamePart = "kind" | "outlet" | "title";

/** Titles are cut here in names: a headline is too long for a switch button or a count line. */
const TITLE_LENGTH = 48;

function part(source: NamedSource, which: NamePart): string {
  if (which === "kind") return KIND_LABELS[source.kind];
  const value = source[which].trim().replace(/\s+/g, " ");
  return which === "title" && value.length > TITLE_LENGTH
    ? `${value.slice(0, TITLE_LENGTH - 1).trimEnd()}…`
    : value;
}

/**
 * One name per source, in order, each distinct from the others where the sources allow it: the first
 * part in `order` that is set and not shared (case-insensitively), else the first set part numbered
 * ("News report 2"). The reader uses the genre first, the import editor the title.
 */
export function sourceNames(
  sources: readonly NamedSource[],
  order: readonly NamePart[] = ["kind", "outlet", "title"],
): string[] {
  const shared = (which: NamePart, value: string) =>
    sources.filter((s) => part(s, which).toLowerCase() === value.toLowerCase()).length > 1;
  return sources.map((source, i) => {
    for (const which of order) {
      const value = part(source, which);
      if (value && !shared(which, value)) return value;
    }
    const first = order.map((w) => part(source, w)).find(Boolean) ?? "Text";
    return `${first} ${i + 1}`;
  });
}

/**
 * One name per side that tells them apart: the genre ("News report"), or the outlet or title when two
 * sides share a genre ("HuffPost", "Fox News").
 */
export const sideNames = (sides: readonly Side[]): string[] => sourceNames(sides.map((s) => s.main));

/** How a citation names a passage's text: "report ¶4", "opinion ¶21". */
const KIND_CITES = { news: "report", opinion: "opinion", comment: "comment", other: "text" } as const;

export interface SideWords {
  /** In running text: "news report", or "Fox News report" (else "text “Title”") when two share a genre. */
  noun: string;
  /** Before "¶4" in a citation: "report", or "Fox News" when two sides share a genre. */
  cite: string;
}

/** How running text and citations name each side's text, telling apart two texts of one genre. */
export function sideWords(sides: readonly Side[]): SideWords[] {
  const names = sideNames(sides);
  return sides.map((side, i) => {
    const { kind, outlet } = side.main;
    const name = names[i] ?? "";
    if (name === KIND_LABELS[kind]) return { noun: KIND_NOUNS[kind], cite: KIND_CITES[kind] };
    const byOutlet = name === outlet.trim().replace(/\s+/g, " ");
    // Running text puts "the" before the noun: "the New York Times report", not "the The New York …".
    const bare = name.replace(/^the\s+/i, "");
    return { noun: byOutlet ? `${bare} ${KIND_CITES[kind]}` : `text “${name}”`, cite: name };
  });
}
