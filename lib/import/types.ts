import type { z } from "zod";
import type { extractedTextSchema } from "./schema";

/**
 * What every import path returns, and POST /api/import/extract answers: the text in the interchange
 * format plus what the page says about itself (the schema is in ./schema.ts).
 */
export type ExtractedText = z.infer<typeof extractedTextSchema>;

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
