import { plural } from "../ui/plural";
import type { CompareEntry, CompareIndex } from "./compare-index";

/** What the Compare ⇄ bar says (components/reader/selection-bar.tsx), as plain text. */

/** The bar's first line: how many passages are highlighted, and why. */
export function selectionSummary(entry: CompareEntry): string {
  const n = entry.ids.length;
  if (entry.kind === "counterparts")
    return `${plural(n, "passage")} on the other side carr${n === 1 ? "ies" : "y"} the same fact, highlighted${entry.groups.length === 1 ? ":" : "."}`;
  if (n === 0) return "No counterpart, and no passage on the other side shares this passage's topics.";
  return `No counterpart: nothing links this passage to a fact on the other side. Showing instead the ${plural(n, "passage")} on the same topic (${entry.topics.join(", ")}), highlighted.`;
}

/** One reason: "Both report: <fact>" with the passages it cites, or who linked them and how surely. */
export function reasonText(
  group: CompareEntry["groups"][number],
  index: CompareIndex,
): { fact: string | null; where: string; link: string } {
  const where = group.ids.map((id) => index.labels[id] ?? id).join(", ");
  const fact = group.fact !== undefined ? (index.facts[group.fact] ?? null) : null;
  const link = group.teacher
    ? "linked by hand (a teacher's correction)"
    : `linked by the aligner, confidence ${Math.round((group.confidence ?? 0) * 100)}%`;
  return { fact, where, link };
}

/** The phone bar's one line, and where the bar has taken the reader: "Same fact · 2 of 9". */
export function selectionShort(entry: CompareEntry, at: number): string {
  const n = entry.ids.length;
  if (n === 0) return "No counterpart";
  return `${entry.kind === "counterparts" ? "Same fact" : "Same topic"} · ${at + 1} of ${n}`;
}

/** Announced as the bar steps: "Showing opinion ¶12, 2 of 9." */
export function selectionPosition(entry: CompareEntry, at: number, index: CompareIndex): string {
  const id = entry.ids[at];
  return id ? `Showing ${index.labels[id] ?? id}, ${at + 1} of ${entry.ids.length}.` : "";
}
