/**
 * The seed comparisons shipped in data/: texts ingested and annotated (lib/corpus), then given their
 * framing lens (lib/framing). Assembled here, above both, so neither folder imports the other's loader.
 */
import "server-only";
import path from "node:path";
import { applyAnnotations } from "../corpus/annotations";
import {
  DEFAULT_DATA_DIR,
  ingestSources,
  listSeedSlugs,
  readJson,
  readManifest,
  summarize,
} from "../corpus/load";
import { type Comparison, type ComparisonSummary, comparisonSchema } from "../corpus/schema";
import { withEditorialCounterparts } from "../framing/counterparts";
import { applyFraming } from "../framing/validate";

/** Reads, ingests and annotates one comparison from `data/`, failing loudly on anything malformed. */
export function buildComparison(dataDir: string, slug: string): Comparison {
  const manifest = readManifest(dataDir, slug);
  const documents = ingestSources(dataDir, slug, manifest);

  const annotationFile = path.join(dataDir, "comparisons", slug, manifest.annotations);
  const annotated = applyAnnotations(annotationFile, readJson(annotationFile), documents);
  const dir = path.join(dataDir, "comparisons", slug);
  const file = (name: string): [string, unknown] => [path.join(dir, name), readJson(path.join(dir, name))];
  const framing = manifest.framing
    ? applyFraming(
        {
          compare: file(manifest.framing.compare),
          timeline: file(manifest.framing.timeline),
          claims: file(manifest.framing.claims),
        },
        annotated,
      )
    : null;
  return comparisonSchema.parse({
    slug: manifest.slug,
    origin: "seed",
    title: manifest.title,
    description: manifest.description,
    milestones: manifest.milestones,
    ...annotated,
    documents: framing
      ? withEditorialCounterparts(annotated.documents, framing.compare)
      : annotated.documents,
    framing,
  });
}

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
