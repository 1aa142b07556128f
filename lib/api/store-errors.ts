import { z } from "zod";
import { UnknownPassagesError } from "@/lib/db";
import { computeErrorResponse } from "./compute-errors";
import { invalidBody } from "./request-body";
import { jsonError } from "./responses";

/**
 * Storage validates what it is given (ids, topics, links); its refusals are the client's fault and
 * answer 400 naming the problem. The aligner's refusals answer 429, 413 or 422. Anything else is rethrown.
 */
export function storeErrorResponse(error: unknown): Response {
  const refused = computeErrorResponse(error);
  if (refused) return refused;
  if (error instanceof z.ZodError) return invalidBody(error);
  if (error instanceof UnknownPassagesError) return jsonError(400, `Invalid alignment. ${error.message}.`);
  throw error;
}
