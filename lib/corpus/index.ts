export { AnnotationError, applyAnnotations, sourceOf } from "./annotations";
export { ingestSources, listSeedSlugs, summarize } from "./load";
export * from "./schema";
export { COMMENTS_SOURCE, describeGap, formatDate, KIND_LABELS, type Side, sidesOf } from "./sides";

export const SEED_SLUG = "israel-russia";
