import type { TopicCompare } from "../corpus/framing-schema";
import type { Counterpart, SourceDocument } from "../corpus/schema";

/**
 * The seed's counterparts come from the editors' shared facts: two passages on different sides are
 * counterparts when one "both report" fact cites both. Imported comparisons get theirs from the aligner.
 */
export function withEditorialCounterparts(
  documents: SourceDocument[],
  compare: Record<string, TopicCompare>,
): SourceDocument[] {
  const links = new Map<string, Set<string>>();
  for (const entry of Object.values(compare)) {
    for (const fact of entry.bothReport) {
      const sides = Object.values(fact.passages);
      for (const [i, ids] of sides.entries()) {
        const others = sides.filter((_, j) => j !== i).flat();
        for (const id of ids) {
          const set = links.get(id) ?? new Set<string>();
          for (const other of others) set.add(other);
          links.set(id, set);
        }
      }
    }
  }
  return documents.map((d) => ({
    ...d,
    passages: d.passages.map((p) => ({
      ...p,
      counterparts: [...(links.get(p.id) ?? [])].map((id): Counterpart => ({ id, score: 1 })),
    })),
  }));
}
