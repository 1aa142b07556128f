import { z } from "zod";

/** Ids are kebab-case so they read well in URLs (`?topics=un-votes`) and in HTML ids. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");

/** The longest id a client may send: generated ids are at most ~55 characters. */
export const MAX_ID_LENGTH = 120;

/**
 * Ids in what is about to be stored. PostgreSQL cannot index a key over ~2.7 KB (a 500, found by
 * fuzz:api); reads keep `idSchema`, so data stored before the cap still loads.
 */
export const inputIdSchema = z
  .string()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .pipe(idSchema);

export const isoDateSchema = z.iso.date();
