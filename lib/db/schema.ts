/**
 * Tables for imported comparisons, shared by the PGlite and node-postgres drivers.
 * Row ids are internal; the public ids are `comparisons.slug` and the keys (`doc-1`, `doc-1-p3`, topic ids),
 * unique within a comparison so later tables (classes, responses) can reference `(comparison_id, key)`.
 */
import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const comparisons = pgTable(
  "comparisons",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    // hashSecret(edit key): the creator's key for editing and deleting. Null for imports made before keys
    // existed, which stay read-only.
    editKeyHash: text("edit_key_hash").unique("comparisons_edit_key_uq"),
    ...timestamps,
  },
  (t) => [index("comparisons_created_at_idx").on(t.createdAt.desc(), t.id.desc())],
);

export const documents = pgTable(
  "documents",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    comparisonId: integer("comparison_id")
      .notNull()
      .references(() => comparisons.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    position: integer("position").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    outlet: text("outlet").notNull(),
    url: text("url"),
    authors: text("authors").array().notNull().default(sql`'{}'::text[]`),
    publishedAt: date("published_at", { mode: "string" }),
  },
  (t) => [
    unique("documents_comparison_key_uq").on(t.comparisonId, t.key),
    unique("documents_comparison_position_uq").on(t.comparisonId, t.position),
    // Target of the passages' composite key: a passage's comparison is its document's comparison.
    unique("documents_comparison_id_uq").on(t.comparisonId, t.id),
    check("documents_kind_ck", sql`${t.kind} in ('news', 'opinion', 'comment', 'other')`),
  ],
);

export const passages = pgTable(
  "passages",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    // Denormalised so passage keys are unique per comparison (counterparts name passages by key alone).
    comparisonId: integer("comparison_id").notNull(),
    documentId: integer("document_id").notNull(),
    key: text("key").notNull(),
    position: integer("position").notNull(),
    type: text("type").notNull(),
    text: text("text").notNull(),
    // The aligner's ranked suggestions at save ([{id: passage key, score}], up to three per other text),
    // for the owner's editor only: the reader never selects them. Null on imports saved before they were
    // kept. A column, not a table: validated at save and as immutable as the texts, and 12,000 rows of a
    // table with two foreign keys made a 4,000-passage save five times slower.
    candidates: jsonb("candidates").$type<{ id: string; score: number }[]>(),
  },
  (t) => [
    foreignKey({
      name: "passages_document_fk",
      columns: [t.comparisonId, t.documentId],
      foreignColumns: [documents.comparisonId, documents.id],
    }).onDelete("cascade"),
    unique("passages_comparison_key_uq").on(t.comparisonId, t.key),
    unique("passages_document_position_uq").on(t.documentId, t.position),
    unique("passages_comparison_id_uq").on(t.comparisonId, t.id),
    check("passages_type_ck", sql`${t.type} in ('paragraph', 'heading', 'list-item', 'quote', 'caption')`),
  ],
);

export const topics = pgTable(
  "topics",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    comparisonId: integer("comparison_id")
      .notNull()
      .references(() => comparisons.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    label: text("label").notNull(),
    // Null when the importer gave none; readers show the label instead.
    description: text("description"),
    position: integer("position").notNull(),
  },
  (t) => [
    unique("topics_comparison_key_uq").on(t.comparisonId, t.key),
    unique("topics_comparison_id_uq").on(t.comparisonId, t.id),
  ],
);

export const passageTopics = pgTable(
  "passage_topics",
  {
    comparisonId: integer("comparison_id").notNull(),
    passageId: integer("passage_id").notNull(),
    topicId: integer("topic_id").notNull(),
    // Keeps the order the importer or teacher gave the passage's topics.
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ name: "passage_topics_pk", columns: [t.passageId, t.topicId] }),
    // Composite keys: a passage can only carry a topic of its own comparison.
    foreignKey({
      name: "passage_topics_passage_fk",
      columns: [t.comparisonId, t.passageId],
      foreignColumns: [passages.comparisonId, passages.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "passage_topics_topic_fk",
      columns: [t.comparisonId, t.topicId],
      foreignColumns: [topics.comparisonId, topics.id],
    }).onDelete("cascade"),
    index("passage_topics_topic_idx").on(t.topicId),
    index("passage_topics_comparison_idx").on(t.comparisonId),
  ],
);

/** An undirected alignment link between passages of two documents; readers see it on both ends. */
export const links = pgTable(
  "links",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    comparisonId: integer("comparison_id").notNull(),
    sourcePassageId: integer("source_passage_id").notNull(),
    targetPassageId: integer("target_passage_id").notNull(),
    score: real("score").notNull(),
  },
  (t) => [
    foreignKey({
      name: "links_source_fk",
      columns: [t.comparisonId, t.sourcePassageId],
      foreignColumns: [passages.comparisonId, passages.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "links_target_fk",
      columns: [t.comparisonId, t.targetPassageId],
      foreignColumns: [passages.comparisonId, passages.id],
    }).onDelete("cascade"),
    unique("links_source_target_uq").on(t.sourcePassageId, t.targetPassageId),
    index("links_target_idx").on(t.targetPassageId),
    index("links_comparison_idx").on(t.comparisonId),
    check("links_score_ck", sql`${t.score} >= 0 and ${t.score} <= 1`),
    check("links_distinct_ck", sql`${t.sourcePassageId} <> ${t.targetPassageId}`),
  ],
);

export { answers, classes, responses, students } from "./class-schema";
export { limitCounters } from "./limit-schema";
