import { z } from "zod";
import { idSchema, passageTypeSchema } from "../corpus/schema";
import { TEXT_LIMITS } from "../limits";

/** Above these the API answers 413; `exceedsLimits` names the problem before the schema runs. */
export const ALIGN_LIMITS = {
  maxDocuments: TEXT_LIMITS.maxDocuments,
  maxTextBytes: TEXT_LIMITS.maxTextBytes,
  maxTopics: TEXT_LIMITS.maxGivenTopics,
} as const;

export const alignDocumentInputSchema = z.object({
  title: z.string().optional(),
  text: z.string().refine((t) => t.trim().length > 0, "must not be empty"),
});

export const alignTopicInputSchema = z.object({
  id: idSchema,
  label: z.string().trim().min(1),
  keywords: z.array(z.string()).optional(),
});

export const alignRequestSchema = z.object({
  documents: z.array(alignDocumentInputSchema).min(2).max(ALIGN_LIMITS.maxDocuments),
  topics: z
    .array(alignTopicInputSchema)
    .max(ALIGN_LIMITS.maxTopics)
    .superRefine((topics, ctx) => {
      const seen = new Set<string>();
      topics.forEach((t, i) => {
        if (seen.has(t.id))
          ctx.addIssue({ code: "custom", message: `duplicate topic id "${t.id}"`, path: [i, "id"] });
        seen.add(t.id);
      });
    })
    .optional(),
});
export type AlignRequest = z.infer<typeof alignRequestSchema>;
export type AlignTopicInput = z.infer<typeof alignTopicInputSchema>;

/** A suggested counterpart: a passage of another text and the probability that it reports the same thing. */
export const alignCandidateSchema = z.object({
  id: idSchema,
  score: z.number().min(0).max(1),
});

export const alignedPassageSchema = z.object({
  id: idSchema,
  type: passageTypeSchema,
  text: z.string().min(1),
  topics: z.array(idSchema),
  /** Up to three per other text, best first within each text, whether or not a link was made. */
  candidates: z.array(alignCandidateSchema),
});

export const alignLinkSchema = z.object({
  source: idSchema,
  target: idSchema,
  score: z.number().min(0).max(1),
});

export const alignResultSchema = z.object({
  documents: z.array(z.object({ passages: z.array(alignedPassageSchema) })),
  topics: z.array(z.object({ id: idSchema, label: z.string().min(1) })),
  links: z.array(alignLinkSchema),
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
