import type { TopicCompare } from "../corpus/framing-schema";
import type { Comparison } from "../corpus/schema";
import { type LocatedPassage, relatedPassages } from "./analysis";

/** What the reader knows of the editors' lens for Compare ⇄ and "only here" (null for imports). */
export interface EditorialLinks {
  facts: { fact: string; passages: Record<string, string[]> }[];
  onlyIn: { passages: string[] }[];
}

export function editorialLinks(
  compare: Readonly<Record<string, TopicCompare>> | null,
): EditorialLinks | null {
  if (!compare) return null;
  const entries = Object.values(compare);
  return { facts: entries.flatMap((e) => e.bothReport), onlyIn: entries.flatMap((e) => e.onlyIn) };
}

/** One reason two passages are counterparts, and the passages on the other side(s) it names. */
export interface CounterpartGroup {
  /** The shared fact's text (editors), or null for an aligner's or a teacher's link. */
  fact: string | null;
  origin: "editors" | "aligner" | "teacher";
  /** The aligner's probability for automatic links; null otherwise. */
  confidence: number | null;
  ids: string[];
}

export type CompareResult =
  | { kind: "counterparts"; groups: CounterpartGroup[]; ids: string[] }
  /** No counterpart: passages that only share a topic, said as such. */
  | { kind: "topic"; ids: string[] };

/** A hand-set link is stored with score 1; the aligner's probabilities stay below it. */
const HAND_SET = 1;

/**
 * The passages on other sides that carry the same fact as `passageId`: the editors' shared facts for the
 * seed, counterpart links for imports (either direction, corrections included); else topic-mates.
 */
export function findCounterparts(
  located: readonly LocatedPassage[],
  passageId: string,
  editorial: EditorialLinks | null,
): CompareResult {
  const self = located.find((l) => l.passage.id === passageId);
  if (!self) return { kind: "topic", ids: [] };
  const sideOf = new Map(located.map((l) => [l.passage.id, l.side.id]));
  const otherSide = (id: string) => sideOf.has(id) && sideOf.get(id) !== self.side.id;
  const groups: CounterpartGroup[] = [];
  if (editorial) {
    for (const f of editorial.facts) {
      const cited = Object.values(f.passages).flat();
      if (!cited.includes(passageId)) continue;
      const ids = [...new Set(cited.filter(otherSide))];
      if (ids.length > 0) groups.push({ fact: f.fact, origin: "editors", confidence: null, ids });
    }
  } else {
    const scores = new Map<string, number>();
    for (const c of self.passage.counterparts) scores.set(c.id, Math.max(scores.get(c.id) ?? 0, c.score));
    for (const l of located)
      for (const c of l.passage.counterparts)
        if (c.id === passageId) scores.set(l.passage.id, Math.max(scores.get(l.passage.id) ?? 0, c.score));
    const order = new Map(located.map((l, i) => [l.passage.id, i]));
    const linked = [...scores].filter(([id]) => otherSide(id));
    linked.sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0));
    for (const [id, score] of linked)
      groups.push(
        score >= HAND_SET
          ? { fact: null, origin: "teacher", confidence: null, ids: [id] }
          : { fact: null, origin: "aligner", confidence: score, ids: [id] },
      );
  }
  if (groups.length > 0)
    return { kind: "counterparts", groups, ids: [...new Set(groups.flatMap((g) => g.ids))] };
  return { kind: "topic", ids: relatedPassages(located, passageId).map((l) => l.passage.id) };
}

export interface OnlyHere {
  ids: Set<string>;
  /** side id → passages marked on that side (text and comments). */
  bySide: Record<string, number>;
}

/**
 * Passages that carry something the other side lacks and nothing it shares: for the seed, those the editors
 * cite under "only in one" and under no shared fact (every news passage is cited under "only in one", so
 * that alone would mark 95 of 121); for imports, passages with no counterpart link at or above
 * `threshold` in either direction. Either way "only here" means Compare ⇄ finds no counterpart. Headings
 * and very short passages ("@Adam") are never marked.
 */
export function onlyHerePassages(
  comparison: Pick<Comparison, "documents">,
  located: readonly LocatedPassage[],
  editorial: EditorialLinks | null,
  threshold: number,
): OnlyHere {
  let ids: Set<string>;
  if (editorial) {
    // A passage that also carries a shared fact has a counterpart (Compare ⇄ finds it): not "only here".
    const shared = new Set(editorial.facts.flatMap((f) => Object.values(f.passages).flat()));
    ids = new Set(editorial.onlyIn.flatMap((o) => o.passages).filter((id) => !shared.has(id)));
  } else {
    const linked = new Set<string>();
    for (const d of comparison.documents)
      for (const p of d.passages)
        for (const c of p.counterparts)
          if (c.score >= threshold) {
            linked.add(p.id);
            linked.add(c.id);
          }
    ids = new Set(
      comparison.documents.flatMap((d) =>
        d.passages
          .filter((p) => p.type !== "heading" && p.text.split(" ").length >= 5 && !linked.has(p.id))
          .map((p) => p.id),
      ),
    );
  }
  const bySide: Record<string, number> = {};
  for (const l of located) {
    bySide[l.side.id] ??= 0;
    if (ids.has(l.passage.id)) bySide[l.side.id] = (bySide[l.side.id] ?? 0) + 1;
  }
  return { ids: new Set(located.filter((l) => ids.has(l.passage.id)).map((l) => l.passage.id)), bySide };
}
