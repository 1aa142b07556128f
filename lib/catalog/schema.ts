/** What a teacher sends to save an import (POST /api/comparisons): 2–4 texts, topic hints, corrections. */
import { z } from "zod";
import { topicHintsSchema } from "../align/schema";
import {
  type AlignmentCorrection,
  alignmentCorrectionSchema,
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
