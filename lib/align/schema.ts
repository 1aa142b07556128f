import { z } from "zod";
import { inputIdSchema } from "../corpus/id-schema";
import { checkUnique } from "../corpus/input-checks";
import {
  alignedPassageSchema,
  documentTextSchema,
  linkSchema,
  newTopicSchema,
  topicLabelSchema,
} from "../corpus/input-schema";
import { counterpartSchema } from "../corpus/schema";
import { DOCUMENT_COUNT, FIELD_LIMITS, TEXT_LIMITS } from "../limits";

/** Above these the API answers 413; `exceedsLimits` names the problem before the schema runs. */
export const ALIGN_LIMITS = {
  maxDocuments: DOCUMENT_COUNT.max,
  maxTextBytes: TEXT_LIMITS.maxTextBytes,
  maxTopics: TEXT_LIMITS.maxGivenTopics,
} as const;

/** A text to align; a draft's title may still be empty (a saved one may not: lib/catalog). */
export const alignDocumentInputSchema = z.object({
  title: z.string().trim().max(FIELD_LIMITS.documentTitle).optional(),
  text: documentTextSchema,
});

/** A topic a teacher names for the aligner, with words that mark it (the preview's and the save's). */
export const topicHintSchema = z.object({
  id: inputIdSchema,
  label: topicLabelSchema,
  keywords: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(FIELD_LIMITS.keyword)
        .refine((k) => !k.includes("\u0000"), "must not contain NUL characters"),
    )
    .max(FIELD_LIMITS.keywords)
    .optional(),
});
export type TopicHint = z.infer<typeof topicHintSchema>;

export const topicHintsSchema = z
  .array(topicHintSchema)
  .max(ALIGN_LIMITS.maxTopics)
  .superRefine((topics, ctx) =>
    checkUnique(
      ctx,
      topics.map((t, i) => ({ id: t.id, path: [i, "id"] })),
      "topic",
    ),
  );

export const alignRequestSchema = z.object({
  documents: z
    .array(alignDocumentInputSchema)
    .min(DOCUMENT_COUNT.min, `bring at least ${DOCUMENT_COUNT.min} texts`)
    .max(ALIGN_LIMITS.maxDocuments, `at most ${ALIGN_LIMITS.maxDocuments} texts`),
  topics: topicHintsSchema.optional(),
});
export type AlignRequest = z.infer<typeof alignRequestSchema>;
export type AlignTopicInput = TopicHint;

/** A suggested counterpart: a passage of another text and the probability that it reports the same thing. */
export const alignCandidateSchema = counterpartSchema;
export { alignedPassageSchema };
export const alignLinkSchema = linkSchema;

export const alignResultSchema = z.object({
  documents: z.array(z.object({ passages: z.array(alignedPassageSchema) })),
  topics: z.array(newTopicSchema.pick({ id: true, label: true })),
  links: z.array(linkSchema),
});
export type AlignResult = z.infer<typeof alignResultSchema>;
export type AlignLink = z.infer<typeof alignLinkSchema>;
export type AlignCandidate = z.infer<typeof alignCandidateSchema>;

const utf8 = new TextEncoder();
const kb = (bytes: number) => Math.ceil(bytes / 1024);

/** The 413 check, run on the raw body before validation: null when within limits, else what is too large (each text is limited on its own). */
export function exceedsLimits(input: unknown): string | null {
  if (typeof input !== "object" || input === null) return null;
  const { documents, topics } = input as { documents?: unknown; topics?: unknown };
  if (Array.isArray(documents)) {
    if (documents.length > ALIGN_LIMITS.maxDocuments)
      return `too many texts: ${documents.length} (the limit is ${ALIGN_LIMITS.maxDocuments})`;
    for (const [i, d] of documents.entries()) {
      const text = (d as { text?: unknown } | null)?.text;
      const bytes = typeof text === "string" ? utf8.encode(text).length : 0;
      if (bytes > ALIGN_LIMITS.maxTextBytes)
        return `text ${i + 1} is too large: ${kb(bytes)} KB (the limit is ${kb(ALIGN_LIMITS.maxTextBytes)} KB per text)`;
    }
  }
  if (Array.isArray(topics) && topics.length > ALIGN_LIMITS.maxTopics)
    return `too many topics: ${topics.length} (at most ${ALIGN_LIMITS.maxTopics})`;
  return null;
}
