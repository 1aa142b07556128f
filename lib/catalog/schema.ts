/** What a teacher sends to save an import (POST /api/comparisons): 2–4 texts, topic hints, corrections. */
import { z } from "zod";
import { topicHintsSchema } from "../align/schema";
import {
  type AlignmentCorrection,
  alignmentCorrectionSchema,
  candidateSchema,
  comparisonDescriptionSchema,
  comparisonTitleSchema,
  documentTextSchema,
  documentTitleSchema,
  outletSchema,
  sourceUrlSchema,
} from "../corpus/input-schema";
import { documentKindSchema, isoDateSchema } from "../corpus/schema";
import { DOCUMENT_COUNT, TEXT_LIMITS } from "../limits";

/** A saved comparison: 2–4 texts, each at most 256 K characters (uploads have their own limit in lib/import). */
export const SAVE_LIMITS = {
  minDocuments: DOCUMENT_COUNT.min,
  maxDocuments: DOCUMENT_COUNT.max,
  maxTextChars: TEXT_LIMITS.maxTextBytes,
} as const;

export const importDocumentSchema = z.object({
  title: documentTitleSchema,
  outlet: outletSchema,
  genre: documentKindSchema,
  publishedAt: isoDateSchema.nullable().default(null),
  url: sourceUrlSchema.nullable().default(null),
  text: documentTextSchema,
});
export type ImportDocument = z.infer<typeof importDocumentSchema>;

/** The teacher's corrected alignment: one schema, shared with storage (lib/corpus/input-schema.ts). */
export { type AlignmentCorrection, alignmentCorrectionSchema };

export const importRequestSchema = z.object({
  title: comparisonTitleSchema,
  description: comparisonDescriptionSchema.default(""),
  documents: z
    .array(importDocumentSchema)
    .min(SAVE_LIMITS.minDocuments, `bring at least ${SAVE_LIMITS.minDocuments} texts`)
    .max(SAVE_LIMITS.maxDocuments, `at most ${SAVE_LIMITS.maxDocuments} texts`),
  topics: topicHintsSchema.optional(),
  alignment: alignmentCorrectionSchema.optional(),
});
export type ImportRequest = z.infer<typeof importRequestSchema>;

/**
 * The owner's edit data beside the comparison (GET /api/comparisons/{slug}/suggestions): each passage's
 * suggested counterparts as the aligner ranked them at save, best first within each other text. A passage
 * without suggestions is left out; an import saved before they were kept has none.
 */
export const editSuggestionsSchema = z.object({
  candidates: z.record(z.string(), z.array(candidateSchema)),
});
export type EditSuggestions = z.infer<typeof editSuggestionsSchema>;
