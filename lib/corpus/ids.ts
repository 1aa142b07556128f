import { z } from "zod";

/** The longest id: generated ids are at most ~55 characters; PostgreSQL cannot index keys over ~2.7 KB. */
export const MAX_ID_LENGTH = 120;

/** Ids are kebab-case so they read well in URLs (`?topics=un-votes`) and in HTML ids. */
export const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");
export const isoDateSchema = z.iso.date();
