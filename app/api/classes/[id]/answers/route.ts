import { type ClassContext, guarded, NO_STORE_SMALL, resultResponse } from "@/lib/api/class-responses";
import { readJson } from "@/lib/api/request-body";
import { API_ROUTES, refusedMethods } from "@/lib/api/routes";
import { parseAnswersQuery } from "@/lib/classroom/answers-cursor";
import { answersAfter, saveAnswer } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const { POST: op } = API_ROUTES["/api/classes/[id]/answers"];

/** Answers a prompt (student): 201 created; 200 replaced or replayed. One answer per prompt. */
export async function POST(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const body = await readJson(request, op.body, op.maxBytes);
    if (!body.ok) return body.response;
    return resultResponse(
      await saveAnswer(id, request.headers.get("authorization"), body.value),
      NO_STORE_SMALL,
    );
  });
}

/**
 * The class's answers, oldest write first, a page at a time (teacher): `?after=<next of the previous
 * page>&limit=1..200` (default 100). A rewritten answer comes again after the cursor. Bad query → 400.
 */
export async function GET(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const query = parseAnswersQuery(new URL(request.url).searchParams);
    return resultResponse(await answersAfter(id, request.headers.get("authorization"), query));
  });
}

export const { DELETE, PATCH, PUT } = refusedMethods("/api/classes/[id]/answers");
