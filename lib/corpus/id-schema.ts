import { z } from "zod";
import { ID_PATTERN, MAX_ID_LENGTH } from "./ids";

export const idSchema = z.string().regex(ID_PATTERN, "must be kebab-case (a-z, 0-9, -)");

/**
 * Ids in what is about to be stored. PostgreSQL cannot index a key over ~2.7 KB (a 500, found by
 * fuzz:api); reads keep `idSchema`, so data stored before the cap still loads.
 */
export const inputIdSchema = z
  .string()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .pipe(idSchema);

export const isoDateSchema = z.iso.date();
