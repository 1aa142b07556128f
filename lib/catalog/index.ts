import { runTask } from "../compute";
import { getComparison, listComparisons, listSeedSlugs } from "../corpus";
import { DEFAULT_DATA_DIR } from "../corpus/load";
import { type Comparison, type ComparisonSummary, idSchema } from "../corpus/schema";
import {
  deleteStoredComparison,
  getDb,
  getStoredComparison,
  listStoredComparisons,
  saveComparison,
  updateAlignment,
} from "../db";
import { buildImport } from "./build-import";
import type { AlignmentCorrection, ImportRequest } from "./schema";

/** Every comparison a reader can open: the seeds shipped in data/ and the teachers' imports in the database. */

export { buildImport } from "./build-import";
export { proposalOf } from "./correction";
export * from "./schema";

export function isSeed(slug: string): boolean {
  return listSeedSlugs(DEFAULT_DATA_DIR).includes(slug);
}

export async function findComparison(slug: string): Promise<Comparison | null> {
  if (!idSchema.safeParse(slug).success) return null;
  return getComparison(slug) ?? getStoredComparison(await getDb(), slug);
}

export async function listAllComparisons(): Promise<ComparisonSummary[]> {
  return [...listComparisons(), ...(await listStoredComparisons(await getDb()))];
}

/** Aligns the texts again on the server (the aligner is deterministic, so the preview's ids hold) and saves. */
export async function importComparison(request: ImportRequest): Promise<{ slug: string }> {
  const aligned = await runTask("align", {
    documents: request.documents.map((d) => ({ title: d.title, text: d.text })),
    topics: request.topics,
  });
  return saveComparison(await getDb(), buildImport(request, aligned));
}

export async function correctComparison(slug: string, correction: AlignmentCorrection) {
  return updateAlignment(await getDb(), slug, correction);
}

export async function deleteComparison(slug: string): Promise<boolean> {
  return deleteStoredComparison(await getDb(), slug);
}
