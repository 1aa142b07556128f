import type { ComparisonText } from "../corpus/schema";

/**
 * The texts a class activity needs: no framing lens, no counterpart links, and (given topics) only the
 * passages on them. Documents keep their metadata (cards, citations) even with no passage left.
 */
export function passagesOnly(
  comparison: ComparisonText & { framing?: unknown },
  topics: readonly string[] | null,
): ComparisonText {
  const { framing: _, ...text } = comparison;
  const keep = topics ? new Set(topics) : null;
  return {
    ...text,
    topics: keep ? text.topics.filter((t) => keep.has(t.id)) : text.topics,
    documents: text.documents.map((d) => ({
      ...d,
      passages: d.passages
        .filter((p) => !keep || p.topics.some((t) => keep.has(t)))
        .map((p) => ({ ...p, counterparts: [] })),
    })),
  };
}
