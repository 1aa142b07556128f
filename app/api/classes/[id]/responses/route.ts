import { type ClassContext, guarded, NO_STORE_SMALL, resultResponse } from "@/lib/api/class-responses";
import { readJson } from "@/lib/api/request-body";
import { methodNotAllowed } from "@/lib/api/responses";
import { responseSchema } from "@/lib/classroom";
import { saveResponse } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Tags a passage (student): 201 created; 200 replaced, or replayed (same clientId, nothing changes). */
export async function POST(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const body = await readJson(request, responseSchema, 16 * 1024);
    if (!body.ok) return body.response;
    return resultResponse(
      await saveResponse(id, request.headers.get("authorization"), body.value),
      NO_STORE_SMALL,
    );
  });
}

const notAllowed = methodNotAllowed(["POST"]);

export { notAllowed as DELETE, notAllowed as GET, notAllowed as PATCH, notAllowed as PUT };
