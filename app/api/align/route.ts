import { ALIGN_LIMITS, alignRequestSchema, exceedsLimits } from "@/lib/align";
import { computeErrorResponse } from "@/lib/api/compute-errors";
import { readJson } from "@/lib/api/request-body";
import { methodNotAllowed } from "@/lib/api/responses";
import { runTask } from "@/lib/compute";

export const runtime = "nodejs";

/** JSON escaping can double a text's size on the wire; the real limit is checked on the parsed texts. */
const MAX_BODY_BYTES = ALIGN_LIMITS.maxDocuments * ALIGN_LIMITS.maxTextBytes * 2 + 64 * 1024;

/** Stateless: aligns the posted texts and stores nothing. */
export async function POST(request: Request): Promise<Response> {
  const body = await readJson(request, alignRequestSchema, MAX_BODY_BYTES, exceedsLimits);
  if (!body.ok) return body.response;
  try {
    return Response.json(await runTask("align", body.value), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const refused = computeErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
}

const notAllowed = methodNotAllowed(["POST"]);

export { notAllowed as DELETE, notAllowed as GET, notAllowed as PATCH, notAllowed as PUT };
