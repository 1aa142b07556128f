import { z } from "zod";
import { documentKindSchema, idSchema, isoDateSchema } from "../corpus/schema";

/** What a teacher sends to save an import: 2–4 texts, optional topic labels, and their corrections. */

export const IMPORT_LIMITS = { minDocuments: 2, maxDocuments: 4, maxTextChars: 256 * 1024 } as const;

export const importDocumentSchema = z.object({
  title: z.string().trim().min(1, "give the text a title").max(300),
  outlet: z.string().trim().min(1, "name the outlet or author").max(200),
  genre: documentKindSchema,
  publishedAt: isoDateSchema.nullable().default(null),
  /** Stored and shown as a link, never fetched. */
  url: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .max(2000)
    .nullable()
    .default(null),
  text: z.string().trim().min(1, "paste or upload the text").max(IMPORT_LIMITS.maxTextChars),
});
export type ImportDocument = z.infer<typeof importDocumentSchema>;

export const topicHintSchema = z.object({
  id: idSchema,
  label: z.string().trim().min(1).max(120),
  keywords: z.array(z.string().trim().min(1).max(80)).max(40).optional(),
});

/**
 * The teacher's corrected alignment: the topics as renamed, merged or deleted, every passage's topics,
 * and the counterpart links kept or added. It replaces the aligner's proposal as a whole.
 */
export const alignmentCorrectionSchema = z.object({
  topics: z
    .array(z.object({ id: idSchema, label: z.string().trim().min(1).max(120) }))
    .max(40)
    .refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, "topic ids must be unique"),
  passages: z.record(idSchema, z.array(idSchema).max(40)),
  links: z
    .array(z.object({ source: idSchema, target: idSchema, score: z.number().min(0).max(1) }))
    .max(5000),
});
export type AlignmentCorrection = z.infer<typeof alignmentCorrectionSchema>;

export const importRequestSchema = z.object({
  title: z.string().trim().min(1, "give the comparison a title").max(200),
  description: z.string().trim().max(1000).default(""),
  documents: z
    .array(importDocumentSchema)
    .min(IMPORT_LIMITS.minDocuments, `bring at least ${IMPORT_LIMITS.minDocuments} texts`)
    .max(IMPORT_LIMITS.maxDocuments, `at most ${IMPORT_LIMITS.maxDocuments} texts`),
  topics: z.array(topicHintSchema).max(30).optional(),
  alignment: alignmentCorrectionSchema.optional(),
});
export type ImportRequest = z.infer<typeof importRequestSchema>;
