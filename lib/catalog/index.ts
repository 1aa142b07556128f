import "server-only";
import { runTask } from "../compute";
import { listSeedSlugs } from "../corpus";
import { DEFAULT_DATA_DIR } from "../corpus/load";
import { type Comparison, type ComparisonSummary, idSchema } from "../corpus/schema";
import {
  checkEditKey,
  type DeleteOutcome,
  deleteStoredComparison,
  type EditAccess,
  getDb,
  getStoredComparison,
  getStoredSuggestions,
  type ImportStatus,
  importStatus,
  saveComparison,
  updateAlignment,
} from "../db";
import { bearerToken } from "../security/secrets";
import { buildImport } from "./build-import";
import type { AlignmentCorrection, EditSuggestions, ImportRequest } from "./schema";
import { getComparison, listComparisons } from "./seeds";

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

/**
 * What anyone may list: the seeds. Imports are not listed (their creators keep them in their browser, see
 * docs/decisions/import-ownership.md); each is readable by whoever holds its unguessable link.
 */
export function listPublicComparisons(): ComparisonSummary[] {
  return listComparisons();
}

/**
 * Aligns the texts again on the server (the aligner is deterministic, so the preview's ids hold) and saves.
 * The edit key is returned once; only its hash is stored.
 */
export async function importComparison(request: ImportRequest): Promise<{ slug: string; editKey: string }> {
  const aligned = await runTask("align", {
    documents: request.documents.map((d) => ({ title: d.title, text: d.text })),
    topics: request.topics,
  });
  return saveComparison(await getDb(), buildImport(request, aligned));
}

export async function correctComparison(slug: string, correction: AlignmentCorrection) {
  return updateAlignment(await getDb(), slug, correction);
}

/** The aligner's suggestions kept for the owner's editor (see EditSuggestions); null for an unknown slug. */
export async function findEditSuggestions(slug: string): Promise<EditSuggestions | null> {
  const candidates = await getStoredSuggestions(await getDb(), slug);
  return candidates && { candidates };
}

/** Whether the `Authorization` header holds this import's edit key. */
export async function checkEditAccess(slug: string, authorization: string | null): Promise<EditAccess> {
  return checkEditKey(await getDb(), slug, bearerToken(authorization));
}

export async function findImportStatus(slug: string): Promise<ImportStatus | null> {
  if (!idSchema.safeParse(slug).success || isSeed(slug)) return null;
  return importStatus(await getDb(), slug);
}

export async function deleteComparison(slug: string): Promise<DeleteOutcome> {
  return deleteStoredComparison(await getDb(), slug);
}
