/** Zod schemas: server, API and tests. Client components import only types from here (zod stays out of the bundle). */
import { z } from "zod";

import { claimSchema, timelineEventSchema, topicCompareSchema } from "./framing-schema";
import { idSchema, inputIdSchema, isoDateSchema } from "./id-schema";

export { idSchema, inputIdSchema, isoDateSchema };

export const passageTypeSchema = z.enum(["paragraph", "heading", "list-item", "quote", "caption"]);
export type PassageType = z.infer<typeof passageTypeSchema>;

/** A passage in another document that carries the same facts, with the aligner's confidence (1 for editorial links). */
export const counterpartSchema = z.object({ id: idSchema, score: z.number().min(0).max(1) });
export type Counterpart = z.infer<typeof counterpartSchema>;

export const passageSchema = z.object({
  id: idSchema,
  type: passageTypeSchema,
  text: z.string().min(1),
  topics: z.array(idSchema),
  counterparts: z.array(counterpartSchema),
});
export type Passage = z.infer<typeof passageSchema>;
/** A passage's words and type before it has an id: what importers write and the aligner's splitter reads. */
export type Block = Pick<Passage, "type" | "text">;

export const documentKindSchema = z.enum(["news", "opinion", "comment", "other"]);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const authorBioSchema = z.object({ author: z.string(), text: z.string() });
export const seriesPartSchema = z.object({ part: z.string(), title: z.string() });

export const documentSchema = z.object({
  id: idSchema,
  kind: documentKindSchema,
  title: z.string().min(1),
  deck: z.string().nullable(),
  outlet: z.string().min(1),
  /** Where the text was published: stored and shown, never fetched. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  authors: z.array(z.string()),
  publishedAt: isoDateSchema.nullable(),
  /** Comments only: their position in the thread (1-based) and the document they answer. */
  number: z.number().int().positive().nullable(),
  replyTo: idSchema.nullable(),
  /** The source's own words for byline and date, kept verbatim beside the parsed values. */
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  reportingNote: z.string().nullable(),
  authorBios: z.array(authorBioSchema),
  series: z.array(seriesPartSchema),
  repost: z.object({ date: isoDateSchema, dateline: z.string() }).nullable(),
  /**
   * A date the text gives itself in its own words (comment 1: "This post is April 2024"), as precise as
   * those words: YYYY, YYYY-MM or YYYY-MM-DD. Comments carry no date line, so this is all they have.
   */
  ownDate: z
    .object({ date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), words: z.string().min(1) })
    .nullable()
    .default(null),
  passages: z.array(passageSchema),
});
export type SourceDocument = z.infer<typeof documentSchema>;

export const topicSchema = z.object({
  id: idSchema,
  label: z.string().min(1),
  /** Empty for an imported topic the teacher gave no description (editorial topics always have one). */
  description: z.string(),
});
export type Topic = z.infer<typeof topicSchema>;

export const topicWithSummariesSchema = topicSchema.extend({
  summaries: z.record(z.string(), z.string()),
});
export type TopicWithSummaries = z.infer<typeof topicWithSummariesSchema>;

/** A date that matters for what each text could know (e.g. 7 October 2023). */
export const milestoneSchema = z.object({ date: isoDateSchema, label: z.string().min(1) });
export type Milestone = z.infer<typeof milestoneSchema>;

export const comparisonFramingSchema = z.object({
  compare: z.record(idSchema, topicCompareSchema),
  timeline: z.array(timelineEventSchema.extend({ precision: z.enum(["day", "month", "year"]) })),
  claims: z.array(claimSchema),
});
export type ComparisonFraming = z.infer<typeof comparisonFramingSchema>;

export const comparisonSchema = z.object({
  slug: idSchema,
  /** "seed": shipped in data/ and read-only; "import": brought by a teacher, stored in the database. */
  origin: z.enum(["seed", "import"]),
  title: z.string().min(1),
  description: z.string(),
  milestones: z.array(milestoneSchema),
  topics: z.array(topicWithSummariesSchema),
  documents: z.array(documentSchema),
  /** The framing lens (compare panels, timeline, claims to trace); null where none was written. */
  framing: comparisonFramingSchema.nullable(),
});
export type Comparison = z.infer<typeof comparisonSchema>;
/** What the reader paints first: everything but the framing lens, which it loads when the page is idle. */
export type ComparisonText = Omit<Comparison, "framing">;

export const comparisonSummarySchema = z.object({
  slug: idSchema,
  title: z.string(),
  origin: z.enum(["seed", "import"]),
  documentCount: z.number().int().nonnegative(),
  topicCount: z.number().int().nonnegative(),
});
export type ComparisonSummary = z.infer<typeof comparisonSummarySchema>;
