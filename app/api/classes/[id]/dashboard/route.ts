import { type ClassContext, guarded, NO_STORE, resultResponse } from "@/lib/api/class-responses";
import { refusedMethods } from "@/lib/api/routes";
import { activityDashboard } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The teacher's live view: counts of participation, tags per passage and label, answers per prompt,
 * agreement, the roster; plus open and the cap. `ETag` is the class's version: send it back in
 * `If-None-Match` and an unchanged class answers 304 with no body. Answers' texts: GET …/answers.
 */
export async function GET(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const result = await activityDashboard(
      id,
      request.headers.get("authorization"),
      request.headers.get("if-none-match"),
    );
    if (!result.ok) return resultResponse(result);
    const { etag, summary } = result.value;
    if (!summary) return new Response(null, { status: 304, headers: { ...NO_STORE, ETag: etag } });
    return resultResponse({ ok: true, status: 200, value: summary }, { ETag: etag });
  });
}

export const { DELETE, PATCH, POST, PUT } = refusedMethods("/api/classes/[id]/dashboard");
