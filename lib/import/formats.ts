import { UPLOAD_LIMITS } from "../limits";
import type { ImportFormat } from "./types";

/** Kept free of jsdom so the request schema can be imported anywhere. */

/** Uploads are capped in UTF-8 bytes and in elements (see lib/limits). */
export const IMPORT_LIMITS = UPLOAD_LIMITS;

const FORMATS: Record<string, ImportFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

export const IMPORT_EXTENSIONS = Object.keys(FORMATS);

/** The import format for a file name, or null when its extension is not one we read. */
export function formatOf(name: string): ImportFormat | null {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? null : (FORMATS[name.slice(dot).toLowerCase()] ?? null);
}
