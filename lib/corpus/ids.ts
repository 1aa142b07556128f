import { z } from "zod";

/** Ids are kebab-case so they read well in URLs (`?topics=un-votes`) and in HTML ids. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");
export const isoDateSchema = z.iso.date();
