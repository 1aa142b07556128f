import { type ClassContext, guarded, resultResponse } from "@/lib/api/class-responses";
import { refusedMethods } from "@/lib/api/routes";
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

export const { DELETE, PATCH, POST, PUT } = refusedMethods("/api/classes/[id]/dashboard");
