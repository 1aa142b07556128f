import { type ClassContext, guarded, resultResponse } from "@/lib/api/class-responses";
import { readJson } from "@/lib/api/request-body";
import { API_ROUTES, refusedMethods } from "@/lib/api/routes";
import { readActivity, removeActivity, updateActivity } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const { PATCH: op } = API_ROUTES["/api/classes/[id]"];

/** The activity (teacher or student token). */
export async function GET(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    return resultResponse(await readActivity(id, request.headers.get("authorization")));
  });
}

/** Opens or closes the activity and/or sets its student cap (teacher) → the activity. */
export async function PATCH(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const body = await readJson(request, op.body, op.maxBytes);
    if (!body.ok) return body.response;
    return resultResponse(await updateActivity(id, request.headers.get("authorization"), body.value));
  });
}

/** Deletes the activity and all its students' work (teacher) → 204. */
export async function DELETE(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    return resultResponse(await removeActivity(id, request.headers.get("authorization")));
  });
}

export const { POST, PUT } = refusedMethods("/api/classes/[id]");
