import { type ClassContext, guarded, resultResponse } from "@/lib/api/class-responses";
import { methodNotAllowed } from "@/lib/api/responses";
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

const notAllowed = methodNotAllowed(["POST"]);

export { notAllowed as DELETE, notAllowed as GET, notAllowed as PATCH, notAllowed as PUT };
