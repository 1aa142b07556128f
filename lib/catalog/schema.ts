import { z } from "zod";
import { documentKindSchema, inputIdSchema, isoDateSchema } from "../corpus/schema";
import { type AlignmentCorrection, alignmentCorrectionSchema } from "../db/schema-input";
import { SAVE_DOCUMENTS, TEXT_LIMITS } from "../limits";
import { refuseWhen, visibleLineProblem } from "../security/text";

/** What a teacher sends to save an import: 2–4 texts, optional topic labels, and their corrections. */
/** A saved comparison: 2–4 texts, each at most 256 K characters (uploads have their own limit in lib/import). */
export const SAVE_LIMITS = {
  minDocuments: SAVE_DOCUMENTS.min,
  maxDocuments: SAVE_DOCUMENTS.max,
  maxTextChars: TEXT_LIMITS.maxTextBytes,
} as const;

/** PostgreSQL text cannot hold NUL, and no real text has one: refused, with the field named. */
const NO_NUL = [(s: string) => !s.includes("\u0000"), "must not contain NUL characters"] as const;
/** Titles, outlets and labels are listed for others to see: nothing blank-looking or reordering (NUL aside). */
const VISIBLE = refuseWhen((s) => (s.includes("\u0000") ? null : visibleLineProblem(s)));

export const importDocumentSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "give the text a title")
    .max(300)
    .refine(...NO_NUL)
    .superRefine(VISIBLE),
  outlet: z
    .string()
    .trim()
    .min(1, "name the outlet or author")
    .max(200)
    .refine(...NO_NUL)
    .superRefine(VISIBLE),
  genre: documentKindSchema,
  publishedAt: isoDateSchema.nullable().default(null),
  /** Stored and shown as a link, never fetched. */
  url: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .max(2000)
    .nullable()
    .default(null),
  text: z
    .string()
    .trim()
    .min(1, "paste or upload the text")
    .max(SAVE_LIMITS.maxTextChars)
    .refine(...NO_NUL),
});
export type ImportDocument = z.infer<typeof importDocumentSchema>;

export const topicHintSchema = z.object({
  id: inputIdSchema,
  label: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .refine(...NO_NUL)
    .superRefine(VISIBLE),
  keywords: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(80)
        .refine(...NO_NUL),
    )
    .max(40)
    .optional(),
});

/** The teacher's corrected alignment: one schema, shared with storage (lib/db). */
export { type AlignmentCorrection, alignmentCorrectionSchema };

export const importRequestSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "give the comparison a title")
    .max(200)
    .refine(...NO_NUL)
    .superRefine(VISIBLE),
  description: z
    .string()
    .trim()
    .max(1000)
    .refine(...NO_NUL)
    .default(""),
  documents: z
    .array(importDocumentSchema)
    .min(SAVE_LIMITS.minDocuments, `bring at least ${SAVE_LIMITS.minDocuments} texts`)
    .max(SAVE_LIMITS.maxDocuments, `at most ${SAVE_LIMITS.maxDocuments} texts`),
  topics: z.array(topicHintSchema).max(TEXT_LIMITS.maxGivenTopics).optional(),
  alignment: alignmentCorrectionSchema.optional(),
});
export type ImportRequest = z.infer<typeof importRequestSchema>;
