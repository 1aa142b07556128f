import { type ClassContext, guarded, resultResponse } from "@/lib/api/class-responses";
import { methodNotAllowed } from "@/lib/api/responses";
import { activityDashboard } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The teacher's live view: participation, tags per passage and label, answers, agreement; plus open. */
export async function GET(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    return resultResponse(await activityDashboard(id, request.headers.get("authorization")));
  });
}

const notAllowed = methodNotAllowed(["GET", "HEAD"]);

export { notAllowed as DELETE, notAllowed as PATCH, notAllowed as POST, notAllowed as PUT };
