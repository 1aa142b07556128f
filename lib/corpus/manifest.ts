import { z } from "zod";
import { idSchema, milestoneSchema } from "./schema";

export const sourceFormatSchema = z.enum(["news-article", "blog-post"]);

/** `data/comparisons/<slug>/comparison.json`: which source files make a comparison, and how to read them. */
export const manifestSchema = z.strictObject({
  slug: idSchema,
  title: z.string().min(1),
  description: z.string(),
  milestones: z.array(milestoneSchema).default([]),
  sources: z
    .array(
      z.strictObject({
        /** Relative to `data/`. */
        file: z.string().min(1),
        format: sourceFormatSchema,
        documentId: idSchema,
        outlet: z.string().min(1),
        quoteBlocks: z
          .array(z.strictObject({ document: idSchema, from: z.string().min(1), through: z.string().min(1) }))
          .optional(),
        /** A comment's own date, in its own words ("This post is April 2024" → 2024-04). */
        commentDates: z
          .array(
            z.strictObject({
              document: idSchema,
              date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
              words: z.string().min(1),
            }),
          )
          .optional(),
      }),
    )
    .min(1),
  /** Relative to the manifest's folder. */
  annotations: z.string().min(1),
  /** The framing lens files, relative to the manifest's folder (optional). */
  framing: z.strictObject({ compare: z.string(), timeline: z.string(), claims: z.string() }).optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;
