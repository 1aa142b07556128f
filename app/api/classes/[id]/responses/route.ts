import { type ClassContext, guarded, NO_STORE_SMALL, resultResponse } from "@/lib/api/class-responses";
import { readJson } from "@/lib/api/request-body";
import { API_ROUTES, refusedMethods } from "@/lib/api/routes";
import { saveResponse } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const { POST: op } = API_ROUTES["/api/classes/[id]/responses"];

/** Tags a passage (student): 201 created; 200 replaced, or replayed (same clientId, nothing changes). */
export async function POST(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const body = await readJson(request, op.body, op.maxBytes);
    if (!body.ok) return body.response;
    return resultResponse(
      await saveResponse(id, request.headers.get("authorization"), body.value),
      NO_STORE_SMALL,
    );
  });
}

export const { DELETE, GET, PATCH, PUT } = refusedMethods("/api/classes/[id]/responses");
