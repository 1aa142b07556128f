import { computeErrorResponse } from "@/lib/api/compute-errors";
import { readJson } from "@/lib/api/request-body";
import { jsonError } from "@/lib/api/responses";
import { API_ROUTES, refusedMethods } from "@/lib/api/routes";
import { runTask } from "@/lib/compute";
import type { ImportError } from "@/lib/import";
import { logError } from "@/lib/log";

// jsdom needs Node (and is listed in serverExternalPackages so it is never bundled).
export const runtime = "nodejs";

const { POST: op } = API_ROUTES["/api/import/extract"];

const STATUS: Record<ImportError["code"], number> = {
  "too-large": 413,
  "unsupported-type": 415,
  unreadable: 422,
};

export async function POST(request: Request): Promise<Response> {
  try {
    const body = await readJson(request, op.body, op.maxBytes);
    if (!body.ok) return body.response;
    // jsdom and Readability take seconds on a large page: off the event loop, in the compute worker,
    // admitted by element count and stopped past its time budget (lib/compute).
    const extracted = await runTask("extract", body.value);
    if (!extracted.ok) return jsonError(STATUS[extracted.code], extracted.message);
    return Response.json(extracted.value, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const refused = computeErrorResponse(error);
    if (refused) return refused;
    logError("import/extract", error);
    return jsonError(500, "Could not extract text from this file.");
  }
}

export const { DELETE, GET, PATCH, PUT } = refusedMethods("/api/import/extract");
