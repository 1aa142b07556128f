import { readJson } from "@/lib/api/request-body";
import { etagOf, methodNotAllowed, revalidatedJson } from "@/lib/api/responses";
import { storeErrorResponse } from "@/lib/api/store-errors";
import { importComparison, importRequestSchema, listAllComparisons, SAVE_LIMITS } from "@/lib/catalog";

export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const comparisons = await listAllComparisons().catch(storeErrorResponse);
  if (comparisons instanceof Response) return comparisons;
  const json = JSON.stringify({ comparisons });
  return revalidatedJson(json, etagOf(json), request);
}

const MAX_BODY_BYTES = SAVE_LIMITS.maxDocuments * SAVE_LIMITS.maxTextChars * 2 + 64 * 1024;

/** Saves a teacher's import (texts, aligned on the server, with the teacher's corrections) → 201 {slug}. */
export async function POST(request: Request): Promise<Response> {
  const body = await readJson(request, importRequestSchema, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  try {
    const { slug } = await importComparison(body.value);
    return Response.json({ slug }, { status: 201, headers: { Location: `/api/comparisons/${slug}` } });
  } catch (error) {
    return storeErrorResponse(error);
  }
}

const notAllowed = methodNotAllowed(["GET", "HEAD", "POST"]);

export { notAllowed as DELETE, notAllowed as PATCH, notAllowed as PUT };
