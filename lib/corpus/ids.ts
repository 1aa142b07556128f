/**
 * The id formats, without zod: the browser reads passage ids too (their number names a passage, "¶4").
 * The schemas that check ids are in ./id-schema.ts.
 */

/** Ids are kebab-case so they read well in URLs (`?topics=un-votes`) and in HTML ids. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id a client may send: generated ids are at most ~55 characters. */
export const MAX_ID_LENGTH = 120;

/** The id of a document's passage at `index` (0-based): "news-p1", "doc-2-p14". */
export function passageId(documentId: string, index: number): string {
  return `${documentId}-p${index + 1}`;
}

/** A passage's number within its document (1-based), read back from its id; null for any other id. */
export function passageNumber(id: string): number | null {
  const n = /-p(\d+)$/.exec(id)?.[1];
  return n === undefined ? null : Number(n);
}
