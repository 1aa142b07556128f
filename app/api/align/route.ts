import { exceedsLimits } from "@/lib/align";
import { computeErrorResponse } from "@/lib/api/compute-errors";
import { readJson } from "@/lib/api/request-body";
import { API_ROUTES, refusedMethods } from "@/lib/api/routes";
import { runTask } from "@/lib/compute";

export const runtime = "nodejs";

const { POST: op } = API_ROUTES["/api/align"];

/** Stateless: aligns the posted texts and stores nothing. */
export async function POST(request: Request): Promise<Response> {
  const body = await readJson(request, op.body, op.maxBytes, exceedsLimits);
  if (!body.ok) return body.response;
  try {
    return Response.json(await runTask("align", body.value), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const refused = computeErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
}

export const { DELETE, GET, PATCH, PUT } = refusedMethods("/api/align");
