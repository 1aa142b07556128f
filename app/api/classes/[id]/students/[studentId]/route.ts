import { guarded, resultResponse } from "@/lib/api/class-responses";
import { refusedMethods } from "@/lib/api/routes";
import { removeStudent, studentNotes } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; studentId: string }> };

/** Removes a student with their tags and answers (teacher) → 204; unknown student → 404. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const { id, studentId } = await context.params;
    return resultResponse(await removeStudent(id, request.headers.get("authorization"), studentId));
  });
}

/** The student's notes on their tags (teacher), for the roster: 200 { notes }; unknown student → 404. */
export async function GET(request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const { id, studentId } = await context.params;
    return resultResponse(await studentNotes(id, request.headers.get("authorization"), studentId));
  });
}

export const { PATCH, POST, PUT } = refusedMethods("/api/classes/[id]/students/[studentId]");
