import type { AlignResult } from "../align";
import type { NewComparison } from "../corpus/input-schema";
import { UnknownPassagesError } from "../db/alignment";
import { proposalOf } from "./correction";
import type { ImportRequest } from "./schema";

/** The comparison to store, from the teacher's texts, the aligner's proposal and any corrections. */
export function buildImport(request: ImportRequest, aligned: AlignResult): NewComparison {
  const correction = request.alignment ?? proposalOf(aligned);
  const known = new Set(aligned.documents.flatMap((d) => d.passages.map((p) => p.id)));
  const unknown = Object.keys(correction.passages).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UnknownPassagesError("import", unknown);
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
      // The server's own suggestions (the same as the preview's: the aligner is deterministic), kept for
      // the owner's editor; nothing the client sends is stored as a suggestion.
      candidates: p.candidates,
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
