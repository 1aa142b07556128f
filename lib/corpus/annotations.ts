import { z } from "zod";
import { misquotes } from "./editorial-checks";
import { idSchema, type SourceDocument, type TopicWithSummaries, topicSchema } from "./schema";
import { COMMENTS_SOURCE } from "./sides";

/** The editorial layer of a comparison, kept apart from the source texts and keyed by passage id. */
export const annotationFileSchema = z.strictObject({
  topics: z.array(topicSchema.extend({ description: z.string().min(1) })).min(1),
  /** Every passage, with the opening words of its text (guards against ids drifting) and its topics. */
  passages: z.record(idSchema, z.strictObject({ excerpt: z.string().min(1), topics: z.array(idSchema) })),
  /** topic id → source (a top-level document id, or "comments") → two or three neutral sentences. */
  summaries: z.record(idSchema, z.record(z.string(), z.string().min(1))),
});
export type AnnotationFile = z.infer<typeof annotationFileSchema>;

export class AnnotationError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: invalid annotation\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "AnnotationError";
  }
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");
}

/** The summary sources a document belongs to: its own id, or "comments" for reader comments. */
export function sourceOf(doc: SourceDocument): string {
  return doc.kind === "comment" ? COMMENTS_SOURCE : doc.id;
}

/**
 * Validates the annotation against the ingested documents and applies it: passages get their topics,
 * topics get their summaries. Every problem is reported at once, each naming the file and the entry.
 */
export function applyAnnotations(
  file: string,
  json: unknown,
  documents: SourceDocument[],
): { documents: SourceDocument[]; topics: TopicWithSummaries[] } {
  const parsed = annotationFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AnnotationError(
      file,
      parsed.error.issues.map((issue) => `${formatPath(issue.path) || "(root)"}: ${issue.message}`),
    );
  }
  const { topics, passages, summaries } = parsed.data;
  const problems: string[] = [];
  const topicIds = new Set<string>();
  for (const [i, topic] of topics.entries()) {
    if (topicIds.has(topic.id)) problems.push(`topics[${i}]: duplicate topic id "${topic.id}"`);
    topicIds.add(topic.id);
  }

  const known = new Map(
    documents.flatMap((d) => d.passages.map((p) => [p.id, { doc: d, passage: p }] as const)),
  );
  for (const [id, entry] of Object.entries(passages)) {
    const found = known.get(id);
    if (!found) {
      problems.push(`passages["${id}"]: unknown passage id`);
      continue;
    }
    if (!found.passage.text.startsWith(entry.excerpt)) {
      problems.push(`passages["${id}"].excerpt: passage text does not start with “${entry.excerpt}”`);
    }
    entry.topics.forEach((t, k) => {
      if (!topicIds.has(t)) problems.push(`passages["${id}"].topics[${k}]: unknown topic id "${t}"`);
    });
  }
  for (const id of known.keys()) {
    if (!passages[id]) problems.push(`passages["${id}"]: missing (list it with "topics": [] if it has none)`);
  }

  const covered = new Set<string>();
  for (const { doc, passage } of known.values()) {
    for (const t of passages[passage.id]?.topics ?? []) covered.add(`${t}/${sourceOf(doc)}`);
  }
  for (const [topic, bySource] of Object.entries(summaries)) {
    if (!topicIds.has(topic)) problems.push(`summaries["${topic}"]: unknown topic id`);
    for (const source of Object.keys(bySource)) {
      if (!covered.has(`${topic}/${source}`)) {
        problems.push(`summaries["${topic}"]["${source}"]: no passage of "${source}" is tagged "${topic}"`);
      }
    }
  }
  // A summary rests on its source's passages on the topic: what it quotes must be there, verbatim.
  for (const [topic, bySource] of Object.entries(summaries)) {
    for (const [source, text] of Object.entries(bySource)) {
      const cited = [...known.values()]
        .filter(
          ({ doc, passage }) => sourceOf(doc) === source && passages[passage.id]?.topics.includes(topic),
        )
        .map(({ passage }) => passage.text);
      for (const p of misquotes(text, cited)) problems.push(`summaries["${topic}"]["${source}"]: ${p}`);
    }
  }
  for (const key of covered) {
    const [topic = "", source = ""] = key.split("/");
    if (!summaries[topic]?.[source]) problems.push(`summaries["${topic}"]["${source}"]: missing summary`);
  }
  if (problems.length > 0) throw new AnnotationError(file, problems);

  return {
    topics: topics.map((t) => ({ ...t, summaries: summaries[t.id] ?? {} })),
    documents: documents.map((d) => ({
      ...d,
      passages: d.passages.map((p) => ({ ...p, topics: passages[p.id]?.topics ?? [] })),
    })),
  };
}
