import { z } from "zod";
import { guarded, resultResponse } from "@/lib/api/class-responses";
import { readJson } from "@/lib/api/request-body";
import { methodNotAllowed } from "@/lib/api/responses";
import { joinActivity } from "@/lib/classroom/service";
import { requestAddress } from "@/lib/security/client-address";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** `{joinCode, name}` → 201 {classId, studentId, studentToken, comparison}; 404 / 409 (closed or full) / 429. */
export async function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    // Validated by the service, which must see a malformed code to count it against the limiter.
    const body = await readJson(request, z.unknown(), 4 * 1024);
    if (!body.ok) return body.response;
    return resultResponse(await joinActivity(body.value, requestAddress(request.headers)));
  });
}

const notAllowed = methodNotAllowed(["POST"]);

export { notAllowed as DELETE, notAllowed as GET, notAllowed as PATCH, notAllowed as PUT };
