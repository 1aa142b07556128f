/**
 * What may be stored, one schema per shape: a passage, a document, a topic, a link, a whole comparison
 * and a teacher's correction of the alignment. Each field is defined once, with its limit (FIELD_LIMITS,
 * TEXT_LIMITS): the import request (lib/catalog), the aligner's request and result (lib/align) and
 * storage (lib/db) are built from these.
 */
import { z } from "zod";
import { DOCUMENT_COUNT, FIELD_LIMITS, MAX_STORED_LINKS, TEXT_LIMITS } from "../limits";
import { refuseWhen, visibleLineProblem } from "../security/text";
import { inputIdSchema, isoDateSchema } from "./id-schema";
import { checkCandidates, checkLinks, checkPassageTopics, checkUnique } from "./input-checks";
import { counterpartSchema, documentKindSchema, passageTypeSchema } from "./schema";

const MAX_TOPICS = TEXT_LIMITS.maxStoredTopics;

/** PostgreSQL text cannot hold NUL, and no real text has one: refused (400), with the field named. */
const NO_NUL = [(s: string) => !s.includes("\u0000"), "must not contain NUL characters"] as const;
/** Shown to others: nothing blank-looking or reordering (empty and NUL have their own messages). */
const VISIBLE = refuseWhen((s) => (s === "" || s.includes("\u0000") ? null : visibleLineProblem(s)));

/** A one-line name others read (a title, an outlet, a topic label): trimmed, 1 to `max` characters. */
function visibleLine(max: number, empty?: string) {
  return z
    .string()
    .trim()
    .min(1, empty)
    .max(max)
    .refine(...NO_NUL)
    .superRefine(VISIBLE);
}

export const comparisonTitleSchema = visibleLine(FIELD_LIMITS.comparisonTitle, "give the comparison a title");
export const comparisonDescriptionSchema = z
  .string()
  .trim()
  .max(FIELD_LIMITS.comparisonDescription)
  .refine(...NO_NUL);
export const documentTitleSchema = visibleLine(FIELD_LIMITS.documentTitle, "give the text a title");
export const outletSchema = visibleLine(FIELD_LIMITS.outlet, "name the outlet or author");
export const topicLabelSchema = visibleLine(FIELD_LIMITS.topicLabel);
/** Where a text was published: stored and shown as a link, never fetched. */
export const sourceUrlSchema = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .max(FIELD_LIMITS.url);
/** A whole text as a teacher brings it (the 413 on its UTF-8 size is checked before parsing). */
export const documentTextSchema = z
  .string()
  .trim()
  .min(1, "paste or upload the text")
  .max(TEXT_LIMITS.maxTextBytes)
  .refine(...NO_NUL);

/** Two passages of different texts that report the same thing, with the aligner's confidence. */
export const linkSchema = z.object({
  source: inputIdSchema,
  target: inputIdSchema,
  score: z.number().min(0).max(1),
});
export type Link = z.infer<typeof linkSchema>;

/** One suggested counterpart: a passage of another text of the import, with the aligner's score. */
export const candidateSchema = z.object({ id: inputIdSchema, score: z.number().min(0).max(1) });

/** A passage: kept byte for byte (texts stay exactly as written), so not trimmed; blank ones are refused. */
export const newPassageSchema = z.object({
  id: inputIdSchema,
  type: passageTypeSchema,
  text: z.string().max(TEXT_LIMITS.maxPassageChars).regex(/\S/, "must not be blank"),
  topics: z.array(inputIdSchema).max(MAX_TOPICS),
  /** Stored for the owner's editor only (never in the reader's payload); absent on older imports. */
  candidates: z
    .array(candidateSchema)
    .max(TEXT_LIMITS.candidatesPerText * (DOCUMENT_COUNT.max - 1))
    .optional(),
});

/** A passage as the aligner proposes it: its best candidates in the other texts instead of chosen links. */
export const alignedPassageSchema = newPassageSchema.extend({
  /** Up to three per other text, best first within each text, whether or not a link was made. */
  candidates: z.array(counterpartSchema),
});

export const newDocumentSchema = z.object({
  id: inputIdSchema,
  kind: documentKindSchema,
  title: documentTitleSchema,
  outlet: outletSchema,
  url: sourceUrlSchema.nullable(),
  authors: z.array(z.string().trim().min(1).max(FIELD_LIMITS.author)).max(FIELD_LIMITS.authors).default([]),
  publishedAt: isoDateSchema.nullable(),
  passages: z.array(newPassageSchema).min(1).max(TEXT_LIMITS.maxPassages),
});

export const newTopicSchema = z.object({
  id: inputIdSchema,
  label: topicLabelSchema,
  description: z.string().trim().min(1).max(FIELD_LIMITS.topicDescription).optional(),
});

export const newComparisonSchema = z
  .object({
    title: comparisonTitleSchema,
    description: comparisonDescriptionSchema.optional(),
    documents: z.array(newDocumentSchema).min(DOCUMENT_COUNT.min).max(DOCUMENT_COUNT.max),
    topics: z.array(newTopicSchema).max(MAX_TOPICS),
    links: z.array(linkSchema).max(MAX_STORED_LINKS),
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
    input.documents.forEach((d, i) => {
      d.passages.forEach((p, j) => {
        const path = ["documents", i, "passages", j, "candidates"];
        checkCandidates(ctx, d.id, p.candidates ?? [], documentOf, TEXT_LIMITS.candidatesPerText, path);
      });
    });
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
    links: z.array(linkSchema).max(MAX_STORED_LINKS),
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
