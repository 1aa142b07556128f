import { guarded, resultResponse } from "@/lib/api/class-responses";
import { methodNotAllowed } from "@/lib/api/responses";
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

const notAllowed = methodNotAllowed(["DELETE"]);

export { notAllowed as GET, notAllowed as PATCH, notAllowed as POST, notAllowed as PUT };
