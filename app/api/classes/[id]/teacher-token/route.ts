import { type ClassContext, guarded, resultResponse } from "@/lib/api/class-responses";
import { refusedMethods } from "@/lib/api/routes";
import { rotateTeacherToken } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The current teacher token → 200 {teacherToken, teacherPath}; the old token is refused from now on. */
export async function POST(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    return resultResponse(await rotateTeacherToken(id, request.headers.get("authorization")));
  });
}

export const { DELETE, GET, PATCH, PUT } = refusedMethods("/api/classes/[id]/teacher-token");
