import { z } from "zod";
import { formatOf, IMPORT_EXTENSIONS } from "./formats";

/** POST /api/import/extract: a file's name (for its type) and its text content. */
export const extractRequestSchema = z.object({
  name: z
    .string({ error: "must be a string" })
    .min(1, { error: "must not be empty" })
    .max(200, { error: "must be at most 200 characters" })
    .refine((name) => formatOf(name) !== null, {
      error: `must end in ${IMPORT_EXTENSIONS.join(", ")}`,
    }),
  content: z.string({ error: "must be a string" }),
});

export type ExtractRequest = z.infer<typeof extractRequestSchema>;

export const extractedTextSchema = z.object({
  title: z.string().nullable(),
  byline: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) when the page's metadata gives one. */
  publishedAt: z.iso.date().nullable(),
  /** Blocks separated by blank lines, with Markdown block markers (see blocks.ts). */
  text: z.string(),
});
