/** What every import path returns: the text in the interchange format plus what the page says about itself. */
export interface ExtractedText {
  title: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) when the page's metadata gives one. */
  publishedAt: string | null;
  /** Blocks separated by blank lines, with Markdown block markers (see blocks.ts). */
  text: string;
}

export type ImportFormat = "text" | "markdown" | "html";

export type ImportErrorCode = "unsupported-type" | "too-large" | "unreadable";

/** An import the user can fix (wrong file type, too big, unreadable); the route maps `code` to a 4xx. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = "ImportError";
    this.code = code;
  }
}
