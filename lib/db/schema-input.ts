/** What an import or a teacher's correction must look like before it is stored; shared with the API. */
import { z } from "zod";
import { documentKindSchema, inputIdSchema, isoDateSchema, passageTypeSchema } from "../corpus/schema";
import { MAX_STORED_LINKS, TEXT_LIMITS } from "../limits";
import { checkLinks, checkPassageTopics, checkUnique } from "./input-checks";

// Generous bounds: two 10,000-word texts fit easily; anything bigger is abuse, not a lesson. Shared with
// the aligner (lib/limits), so whatever the preview accepts, the save accepts.
const MAX_PASSAGES = TEXT_LIMITS.maxPassages;
const MAX_TOPICS = TEXT_LIMITS.maxStoredTopics;
const MAX_LINKS = MAX_STORED_LINKS;
const MAX_TEXT = TEXT_LIMITS.maxPassageChars;

export const linkSchema = z.object({
  source: inputIdSchema,
  target: inputIdSchema,
  score: z.number().min(0).max(1),
});
export type Link = z.infer<typeof linkSchema>;

const newPassageSchema = z.object({
  id: inputIdSchema,
  type: passageTypeSchema,
  // Kept byte for byte (texts stay exactly as written), so not trimmed; blank passages are rejected.
  text: z.string().max(MAX_TEXT).regex(/\S/, "must not be blank"),
  topics: z.array(inputIdSchema).max(MAX_TOPICS),
});

const newDocumentSchema = z.object({
  id: inputIdSchema,
  kind: documentKindSchema,
  title: z.string().trim().min(1).max(500),
  outlet: z.string().trim().min(1).max(200),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .nullable(),
  authors: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  publishedAt: isoDateSchema.nullable(),
  passages: z.array(newPassageSchema).min(1).max(MAX_PASSAGES),
});

const newTopicSchema = z.object({
  id: inputIdSchema,
  // PostgreSQL text cannot hold NUL; refused here so a correction answers 400, not a database error.
  label: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((s) => !s.includes("\u0000"), "must not contain NUL characters"),
  description: z.string().trim().min(1).max(2_000).optional(),
});

export const newComparisonSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    description: z.string().trim().max(5_000).optional(),
    documents: z.array(newDocumentSchema).min(2).max(6),
    topics: z.array(newTopicSchema).max(MAX_TOPICS),
    links: z.array(linkSchema).max(MAX_LINKS),
  })
  .superRefine((input, ctx) => {
    const documentIds = input.documents.map((d, i) => ({ id: d.id, path: ["documents", i, "id"] }));
    const passageIds = input.documents.flatMap((d, i) =>
      d.passages.map((p, j) => ({ id: p.id, path: ["documents", i, "passages", j, "id"] })),
    );
    // Documents and passages share one namespace: both become element ids in the reader.
    checkUnique(ctx, [...documentIds, ...passageIds], "document or passage");
    checkUnique(
      ctx,
      input.topics.map((t, i) => ({ id: t.id, path: ["topics", i, "id"] })),
      "topic",
    );
    const known = new Set(input.topics.map((t) => t.id));
    const documentOf = new Map<string, string>();
    input.documents.forEach((d, i) => {
      d.passages.forEach((p, j) => {
        documentOf.set(p.id, d.id);
        checkPassageTopics(ctx, p.topics, known, ["documents", i, "passages", j, "topics"]);
      });
    });
    checkLinks(ctx, input.links, documentOf, ["links"]);
  });
export type NewComparison = z.input<typeof newComparisonSchema>;
export type ParsedNewComparison = z.output<typeof newComparisonSchema>;

/**
 * A teacher's correction of the alignment: the complete new topic list, every passage's topics
 * (a passage left out has none) and the complete link list. Texts are not part of it, so they cannot change.
 */
export const alignmentCorrectionSchema = z
  .object({
    topics: z.array(newTopicSchema.pick({ id: true, label: true })).max(MAX_TOPICS),
    passages: z.record(inputIdSchema, z.array(inputIdSchema).max(MAX_TOPICS)),
    links: z.array(linkSchema).max(MAX_LINKS),
  })
  .superRefine((input, ctx) => {
    checkUnique(
      ctx,
      input.topics.map((t, i) => ({ id: t.id, path: ["topics", i, "id"] })),
      "topic",
    );
    const known = new Set(input.topics.map((t) => t.id));
    for (const [passage, topics] of Object.entries(input.passages)) {
      checkPassageTopics(ctx, topics, known, ["passages", passage]);
    }
  });
export type AlignmentCorrection = z.input<typeof alignmentCorrectionSchema>;
