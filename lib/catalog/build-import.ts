import type { AlignResult } from "../align";
import type { AlignmentCorrection, ImportRequest } from "./schema";

/** The comparison to store, from the teacher's texts, the aligner's proposal and any corrections. */
export function buildImport(request: ImportRequest, aligned: AlignResult) {
  const correction = request.alignment ?? proposalOf(aligned);
  const documents = request.documents.map((doc, i) => ({
    id: `doc-${i + 1}`,
    kind: doc.genre,
    title: doc.title,
    outlet: doc.outlet,
    url: doc.url,
    authors: [],
    publishedAt: doc.publishedAt,
    passages: (aligned.documents[i]?.passages ?? []).map((p) => ({
      id: p.id,
      type: p.type,
      text: p.text,
      topics: correction.passages[p.id] ?? [],
    })),
  }));
  return {
    title: request.title,
    description: request.description,
    documents,
    topics: correction.topics,
    links: correction.links,
  };
}

/** The aligner's proposal in the shape of a correction, so both paths build the same way. */
export function proposalOf(aligned: AlignResult): AlignmentCorrection {
  return {
    topics: aligned.topics.map((t) => ({ id: t.id, label: t.label })),
    passages: Object.fromEntries(
      aligned.documents.flatMap((d) => d.passages.map((p) => [p.id, p.topics] as const)),
    ),
    links: aligned.links,
  };
}
