import type { DocumentKind } from "../corpus/schema";
import {
  type DocumentDraft,
  DRAFT_DOCUMENTS,
  emptyDocument,
  emptyDraft,
  GENRES,
  type ImportDraft,
} from "./draft";

/**
 * The draft as kept in localStorage, read back defensively: storage is shared with older versions of the
 * app, other tabs and the user's own tinkering, so whatever is there may be partial or not a draft at all.
 */

export const DRAFT_STORAGE_KEY = "parallax:import-draft";

const KINDS = new Set<string>(GENRES.map((g) => g.id));
const text = (value: unknown): string => (typeof value === "string" ? value : "");

function documentOf(value: unknown): DocumentDraft | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const genre = typeof v.genre === "string" && KINDS.has(v.genre) ? (v.genre as DocumentKind) : "other";
  const base = emptyDocument(genre);
  return {
    // A stored key is reused so React keeps each text's fields; a missing one gets a fresh key.
    key: text(v.key) || base.key,
    title: text(v.title),
    outlet: text(v.outlet),
    genre,
    publishedAt: text(v.publishedAt),
    url: text(v.url),
    text: text(v.text),
  };
}

/**
 * The saved draft, or null when there is none or it cannot be used (not JSON, not an object, no texts).
 * Missing fields are filled in and unknown ones dropped; texts beyond four are dropped, and a lone text
 * gets an empty partner, so the form always has two to four.
 */
export function restoreDraft(stored: string | null): ImportDraft | null {
  if (!stored) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const v = parsed as Record<string, unknown>;
  if (!Array.isArray(v.documents)) return null;
  const documents = v.documents
    .map(documentOf)
    .filter((d): d is DocumentDraft => d !== null)
    .slice(0, DRAFT_DOCUMENTS.max);
  if (documents.length === 0) return null;
  const fresh = emptyDraft().documents;
  while (documents.length < DRAFT_DOCUMENTS.min)
    documents.push(fresh[documents.length] ?? emptyDocument("other"));
  // Two texts restored under one key (a hand-edited store) would share React state: give each its own.
  const seen = new Set<string>();
  for (const d of documents) {
    if (seen.has(d.key)) d.key = emptyDocument(d.genre).key;
    seen.add(d.key);
  }
  return { title: text(v.title), description: text(v.description), topics: text(v.topics), documents };
}

/** What is stored: the draft as JSON (null when there is nothing worth keeping, e.g. an untouched form). */
export function serializeDraft(draft: ImportDraft): string | null {
  const blank = (d: DocumentDraft) => !d.title && !d.outlet && !d.publishedAt && !d.url && !d.text;
  if (!draft.title && !draft.description && !draft.topics && draft.documents.every(blank)) return null;
  return JSON.stringify(draft);
}
