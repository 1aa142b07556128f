import type { LocatedPassage } from "./analysis";
import { type EditorialLinks, findCounterparts } from "./counterparts";

/**
 * What Compare ⇄ needs in the browser, and nothing more: for each passage with topics, the passages it
 * leads to and why. Fact texts are listed once and referred to by index, so the texts themselves never
 * travel a second time; names are the citation labels ("news ¶4").
 */
export interface CompareIndex {
  facts: string[];
  /** passage id → its answer (see CompareEntry) */
  passages: Record<string, CompareEntry>;
  /** passage id → "news ¶15", for every passage an entry names */
  labels: Record<string, string>;
  /** passage id → its side id, for every passage an entry names (and the entries' own) */
  sides: Record<string, string>;
  /** passage id → the comment number it belongs to, when in a comment thread */
  comments: Record<string, number>;
}

export interface CompareEntry {
  kind: "counterparts" | "topic";
  ids: string[];
  /** Each reason: the fact's index (editors), or "teacher" / a confidence (links). */
  groups: { fact?: number; teacher?: true; confidence?: number; ids: string[] }[];
  /** The topic labels this passage shares with the highlighted ones (the same-topic fallback). */
  topics: string[];
}

export function compareIndex(
  located: readonly LocatedPassage[],
  editorial: EditorialLinks | null,
  labelOf: (id: string) => string,
  topicLabel: (id: string) => string,
): CompareIndex {
  const facts: string[] = [];
  const factIndex = new Map<string, number>();
  const index: CompareIndex = { facts, passages: {}, labels: {}, sides: {}, comments: {} };
  const byId = new Map(located.map((l) => [l.passage.id, l]));
  const note = (id: string) => {
    const l = byId.get(id);
    if (!l) return;
    index.labels[id] = labelOf(id);
    index.sides[id] = l.side.id;
    if (l.commentNumber !== null) index.comments[id] = l.commentNumber;
  };
  for (const l of located) {
    const result = findCounterparts(located, l.passage.id, editorial);
    // A passage with no topic still has its counterpart links (an import's aligner or teacher made them).
    if (l.passage.topics.length === 0 && result.kind !== "counterparts") continue;
    const groups =
      result.kind === "counterparts"
        ? result.groups.map((g) => {
            if (g.origin === "editors" && g.fact !== null) {
              let at = factIndex.get(g.fact);
              if (at === undefined) {
                at = facts.push(g.fact) - 1;
                factIndex.set(g.fact, at);
              }
              return { fact: at, ids: g.ids };
            }
            if (g.origin === "teacher") return { teacher: true as const, ids: g.ids };
            return { confidence: g.confidence ?? 0, ids: g.ids };
          })
        : [];
    const targets = result.ids.flatMap((id) => byId.get(id) ?? []);
    const topics = l.passage.topics
      .filter((t) => targets.some((x) => x.passage.topics.includes(t)))
      .map(topicLabel);
    index.passages[l.passage.id] = { kind: result.kind, ids: result.ids, groups, topics };
    note(l.passage.id);
    for (const id of result.ids) note(id);
  }
  return index;
}
