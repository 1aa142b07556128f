import "server-only";
import { z } from "zod";
import { isDataFolderInUse, UnknownPassagesError } from "@/lib/db";
import { logError } from "@/lib/log";
import { computeErrorResponse } from "./compute-errors";
import { invalidBody } from "./request-body";
import { jsonError, storeUnavailable } from "./responses";

/**
 * Storage validates what it is given (ids, topics, links); its refusals are the client's fault and
 * answer 400 naming the problem. The aligner's refusals answer 429, 413 or 422; a store held by another
 * process 503. Anything else is a fault of ours: logged without its parameters, a plain 500.
 */
export function storeErrorResponse(error: unknown): Response {
  const refused = computeErrorResponse(error);
  if (refused) return refused;
  if (isDataFolderInUse(error)) return storeUnavailable();
  if (error instanceof z.ZodError) return invalidBody(error);
  if (error instanceof UnknownPassagesError) return jsonError(400, `Invalid alignment. ${error.message}.`);
  logError("comparisons API", error);
  return jsonError(500, "Something went wrong on our side. Try again in a moment.");
}
