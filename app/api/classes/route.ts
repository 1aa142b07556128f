import { guarded, resultResponse } from "@/lib/api/class-responses";
import { creationRefusal } from "@/lib/api/creation-refusal";
import { readJson } from "@/lib/api/request-body";
import { methodNotAllowed } from "@/lib/api/responses";
import { createClassSchema } from "@/lib/classroom";
import { createActivity } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Custom prompts and labels at their limits stay well under this. */
const MAX_BODY_BYTES = 256 * 1024;

/** Creates an activity → 201 {id, joinCode, teacherToken, teacherPath}; the token is shown only here. */
export async function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    const limited = await creationRefusal("class", request.headers);
    if (limited) return limited;
    const body = await readJson(request, createClassSchema, MAX_BODY_BYTES);
    if (!body.ok) return body.response;
    return resultResponse(await createActivity(body.value));
  });
}

const notAllowed = methodNotAllowed(["POST"]);

export { notAllowed as DELETE, notAllowed as GET, notAllowed as PATCH, notAllowed as PUT };
