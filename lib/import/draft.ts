import type { AlignResult } from "../align/schema";
import type { AlignmentCorrection, ImportRequest } from "../catalog/schema";
import { parseTopicHints } from "../catalog/topic-hints";
import type { DocumentKind } from "../corpus/schema";

/**
 * The import form's state: what the teacher has typed, kept in the browser until saved. The import
 * page loads it, so it imports types only (no zod).
 */

export interface DocumentDraft {
  /** A React key that survives removing another text. */
  key: string;
  title: string;
  outlet: string;
  genre: DocumentKind;
  publishedAt: string;
  url: string;
  text: string;
}

export interface ImportDraft {
  title: string;
  description: string;
  /** One topic per line, "Label: keyword, keyword"; empty to let Parallax discover them. */
  topics: string;
  documents: DocumentDraft[];
}

export interface Preview {
  /** The texts and topics the alignment was computed from: a change makes the preview stale. */
  key: string;
  result: AlignResult;
  correction: AlignmentCorrection;
}

export const GENRES: readonly { id: DocumentKind; label: string }[] = [
  { id: "news", label: "News report" },
  { id: "opinion", label: "Opinion" },
  { id: "comment", label: "Comment" },
  { id: "other", label: "Other" },
];

/** The form holds two to four texts, as the API does. */
export const DRAFT_DOCUMENTS = { min: 2, max: 4 } as const;

// Not crypto.randomUUID: it is missing outside secure contexts (a classroom server on plain http).
let keys = 0;

export function emptyDocument(genre: DocumentKind): DocumentDraft {
  keys += 1;
  return {
    key: `text-${keys}-${Date.now().toString(36)}`,
    title: "",
    outlet: "",
    genre,
    publishedAt: "",
    url: "",
    text: "",
  };
}

export function emptyDraft(): ImportDraft {
  return {
    title: "",
    description: "",
    topics: "",
    documents: [emptyDocument("news"), emptyDocument("opinion")],
  };
}

export function alignRequestOf(draft: ImportDraft) {
  const topics = parseTopicHints(draft.topics);
  return {
    documents: draft.documents.map((d) => ({ title: d.title, text: d.text })),
    ...(topics.length > 0 ? { topics } : {}),
  };
}

export function previewKey(draft: ImportDraft): string {
  return JSON.stringify(alignRequestOf(draft));
}

export function importRequestOf(
  draft: ImportDraft,
  correction: AlignmentCorrection | undefined,
): ImportRequest {
  const topics = parseTopicHints(draft.topics);
  return {
    title: draft.title,
    description: draft.description,
    documents: draft.documents.map((d) => ({
      title: d.title,
      outlet: d.outlet,
      genre: d.genre,
      publishedAt: d.publishedAt || null,
      url: d.url.trim() || null,
      text: d.text,
    })),
    ...(topics.length > 0 ? { topics } : {}),
    ...(correction ? { alignment: correction } : {}),
  };
}
