import { passageId } from "../ids";
import type { Block, Passage, SourceDocument } from "../schema";

export interface IngestOptions {
  /** Shown in errors: which file the text came from. */
  file: string;
  documentId: string;
  outlet: string;
  /** Whole lines that are page furniture (newsletter prompts, comment counters), not the author's text. */
  furniture: RegExp[];
  /** Pasted material that plain text cannot mark by itself: passages from `from` through `through` are quotes. */
  quoteBlocks?: { document: string; from: string; through: string }[];
  /** Comments that date themselves in their own words: checked against the comment's text. */
  commentDates?: { document: string; date: string; words: string }[];
}

/** A passage before it has an id. */
export type DraftPassage = Block;

export function withIds(documentId: string, drafts: DraftPassage[]): Passage[] {
  return drafts.map((d, i) => ({
    id: passageId(documentId, i),
    type: d.type,
    text: d.text,
    topics: [],
    counterparts: [],
  }));
}

export function emptyDocument(
  fields: Pick<SourceDocument, "id" | "kind" | "title" | "outlet"> & Partial<SourceDocument>,
): SourceDocument {
  return {
    deck: null,
    url: null,
    authors: [],
    publishedAt: null,
    number: null,
    replyTo: null,
    byline: null,
    dateline: null,
    reportingNote: null,
    authorBios: [],
    series: [],
    repost: null,
    ownDate: null,
    passages: [],
    ...fields,
  };
}
