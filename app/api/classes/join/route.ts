import { z } from "zod";
import { guarded, resultResponse } from "@/lib/api/class-responses";
import { readJson } from "@/lib/api/request-body";
import { API_ROUTES, refusedMethods } from "@/lib/api/routes";
import { joinActivity } from "@/lib/classroom/service";
import { requestAddress } from "@/lib/security/client-address";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const { POST: op } = API_ROUTES["/api/classes/join"];

/** `{joinCode, name}` → 201 {classId, studentId, studentToken, comparison}; 404 / 409 (closed or full) / 429. */
export async function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    // Validated by the service, which must see a malformed code to count it against the limiter.
    const body = await readJson(request, z.unknown(), op.maxBytes);
    if (!body.ok) return body.response;
    return resultResponse(await joinActivity(body.value, requestAddress(request.headers)));
  });
}

export const { DELETE, GET, PATCH, PUT } = refusedMethods("/api/classes/join");
