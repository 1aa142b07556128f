import { type ClassContext, guarded, resultResponse } from "@/lib/api/class-responses";
import { readJson } from "@/lib/api/request-body";
import { API_ROUTES, refusedMethods } from "@/lib/api/routes";
import { saveAnswer } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const { POST: op } = API_ROUTES["/api/classes/[id]/answers"];

/** Answers a prompt (student): 201 created; 200 replaced or replayed. One answer per prompt. */
export async function POST(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const body = await readJson(request, op.body, op.maxBytes);
    if (!body.ok) return body.response;
    return resultResponse(await saveAnswer(id, request.headers.get("authorization"), body.value));
  });
}

export const { DELETE, GET, PATCH, PUT } = refusedMethods("/api/classes/[id]/answers");
