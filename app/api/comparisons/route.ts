import { creationRefusal } from "@/lib/api/creation-refusal";
import { readJson } from "@/lib/api/request-body";
import { etagOf, revalidatedJson } from "@/lib/api/responses";
import { API_ROUTES, refusedMethods } from "@/lib/api/routes";
import { storeErrorResponse } from "@/lib/api/store-errors";
import { importComparison, listPublicComparisons } from "@/lib/catalog";

export const runtime = "nodejs";

const { POST: op } = API_ROUTES["/api/comparisons"];

/** The seed comparisons only: imports are not listed, each is read through its link. */
export async function GET(request: Request): Promise<Response> {
  const json = JSON.stringify({ comparisons: listPublicComparisons() });
  return revalidatedJson(json, etagOf(json), request);
}

/**
 * Saves a teacher's import (texts, aligned on the server, with the teacher's corrections) → 201
 * {slug, editKey}. The key is in this response only (hence no-store); PATCH and DELETE require it.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    // Inside the try: the count is in the database, whose errors get a JSON answer here.
    const limited = await creationRefusal("import", request.headers);
    if (limited) return limited;
    const body = await readJson(request, op.body, op.maxBytes);
    if (!body.ok) return body.response;
    const { slug, editKey } = await importComparison(body.value);
    return Response.json(
      { slug, editKey },
      { status: 201, headers: { Location: `/api/comparisons/${slug}`, "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return storeErrorResponse(error);
  }
}

export const { DELETE, PATCH, PUT } = refusedMethods("/api/comparisons");
