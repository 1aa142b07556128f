import { buildComparison, DEFAULT_DATA_DIR, listSeedSlugs, summarize } from "./load";
import type { Comparison, ComparisonSummary } from "./schema";

export { AnnotationError, applyAnnotations, sourceOf } from "./annotations";
export { buildComparison, ingestSources, listSeedSlugs, summarize } from "./load";
export * from "./schema";
export { COMMENTS_SOURCE, describeGap, formatDate, KIND_LABELS, type Side, sidesOf } from "./sides";

export const SEED_SLUG = "israel-russia";

/** The seed comparisons are static: ingest each once per process. */
const cache = new Map<string, Comparison>();

export function getComparison(slug: string): Comparison | null {
  if (!listSeedSlugs(DEFAULT_DATA_DIR).includes(slug)) return null;
  let comparison = cache.get(slug);
  if (!comparison) {
    comparison = buildComparison(DEFAULT_DATA_DIR, slug);
    cache.set(slug, comparison);
  }
  return comparison;
}

export function listComparisons(): ComparisonSummary[] {
  return listSeedSlugs(DEFAULT_DATA_DIR).flatMap((slug) => {
    const c = getComparison(slug);
    return c ? [summarize(c)] : [];
  });
}
