import { type ClassContext, guarded, resultResponse } from "@/lib/api/class-responses";
import { refusedMethods } from "@/lib/api/routes";
import { studentWork } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The student's own tags and answers (student token). */
export async function GET(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    return resultResponse(await studentWork(id, request.headers.get("authorization")));
  });
}

export const { DELETE, PATCH, POST, PUT } = refusedMethods("/api/classes/[id]/me");
