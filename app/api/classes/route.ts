import { guarded, resultResponse } from "@/lib/api/class-responses";
import { creationRefusal } from "@/lib/api/creation-refusal";
import { readJson } from "@/lib/api/request-body";
import { API_ROUTES, refusedMethods } from "@/lib/api/routes";
import { createActivity } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const { POST: op } = API_ROUTES["/api/classes"];

/** Creates an activity → 201 {id, joinCode, teacherToken, teacherPath}; the token is shown only here. */
export async function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    const limited = await creationRefusal("class", request.headers);
    if (limited) return limited;
    const body = await readJson(request, op.body, op.maxBytes);
    if (!body.ok) return body.response;
    return resultResponse(await createActivity(body.value));
  });
}

export const { DELETE, GET, PATCH, PUT } = refusedMethods("/api/classes");
