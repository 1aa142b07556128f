import { type ClassContext, guarded, resultResponse } from "@/lib/api/class-responses";
import { readJson } from "@/lib/api/request-body";
import { methodNotAllowed } from "@/lib/api/responses";
import { answerSchema } from "@/lib/classroom";
import { saveAnswer } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Answers a prompt (student): 201 created; 200 replaced or replayed. One answer per prompt. */
export async function POST(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const body = await readJson(request, answerSchema, 32 * 1024);
    if (!body.ok) return body.response;
    return resultResponse(await saveAnswer(id, request.headers.get("authorization"), body.value));
  });
}

const notAllowed = methodNotAllowed(["POST"]);

export { notAllowed as DELETE, notAllowed as GET, notAllowed as PATCH, notAllowed as PUT };
