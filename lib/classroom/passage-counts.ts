/**
 * How many passages a class activity gives students, per text: on the topics chosen, or the whole
 * texts. The setup form shows these before the activity starts, so a teacher is never surprised by
 * an activity of two passages. Framework-free, small enough for the browser.
 */
import type { Comparison } from "../corpus/schema";
import { sidesOf } from "../corpus/sides";
import { sideNames } from "../corpus/source-names";
import { plural } from "../ui/plural";

/** One text with its comments, as students see it: the topics of each of its passages. */
export interface SidePassages {
  name: string;
  /** The topic ids of each passage, in order; an empty list for a passage on no topic. */
  topics: string[][];
}

export function passagesBySide(comparison: Pick<Comparison, "documents">): SidePassages[] {
  const sides = sidesOf(comparison);
  const names = sideNames(sides);
  return sides.map((side, i) => ({
    name: `${names[i] ?? side.id}${side.replies.length > 0 ? " with its comments" : ""}`,
    topics: [side.main, ...side.replies].flatMap((d) => d.passages.map((p) => [...p.topics])),
  }));
}

/** How many passages carry each topic, across every text. */
export function passagesPerTopic(sides: readonly SidePassages[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const side of sides)
    for (const topics of side.topics)
      for (const t of new Set(topics)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export interface ShownCount {
  name: string;
  shown: number;
  total: number;
}

/** Per text, the passages students will see: all of them (`topics` null), or those on any topic given. */
export function shownPerSide(sides: readonly SidePassages[], topics: readonly string[] | null): ShownCount[] {
  const chosen = topics ? new Set(topics) : null;
  return sides.map((side) => ({
    name: side.name,
    shown: chosen ? side.topics.filter((ts) => ts.some((t) => chosen.has(t))).length : side.topics.length,
    total: side.topics.length,
  }));
}

/** "Students will see 2 of 40 passages: HuffPost 1 of 20, Fox News 1 of 20." */
export function shownSentence(counts: readonly ShownCount[]): string {
  const shown = counts.reduce((n, c) => n + c.shown, 0);
  const total = counts.reduce((n, c) => n + c.total, 0);
  const parts = counts.map((c) =>
    c.shown === c.total ? `${c.name} ${c.total}` : `${c.name} ${c.shown} of ${c.total}`,
  );
  const all = shown === total;
  return `Students will see ${all ? `all ${plural(total, "passage")}` : `${shown} of ${plural(total, "passage")}`}: ${parts.join(", ")}.`;
}
