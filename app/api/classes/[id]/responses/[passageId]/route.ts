import { guarded, resultResponse } from "@/lib/api/class-responses";
import { refusedMethods } from "@/lib/api/routes";
import { removeResponse } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; passageId: string }> };

/** Removes the student's own tag on a passage → 204; none → 404. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const { id, passageId } = await context.params;
    return resultResponse(await removeResponse(id, request.headers.get("authorization"), passageId));
  });
}

export const { GET, PATCH, POST, PUT } = refusedMethods("/api/classes/[id]/responses/[passageId]");
