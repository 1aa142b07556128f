import type { ImportFormat } from "./types";

/** Kept free of jsdom so the request schema can be imported anywhere. */

/** Uploads are capped in UTF-8 bytes of content; HTML pages are far bigger than their text, hence 2 MiB. */
export const IMPORT_LIMITS = { maxBytes: 2 * 1024 * 1024 } as const;

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
