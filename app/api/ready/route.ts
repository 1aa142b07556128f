import { jsonError, storeUnavailable } from "@/lib/api/responses";
import { refusedMethods } from "@/lib/api/routes";
import { checkReadiness } from "@/lib/ops/readiness";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Readiness: 200 once the database is open and migrated, 503 (retry) until then or when it is down. */
export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  if (!readiness.ready && readiness.reason === "folder-in-use") return storeUnavailable();
  if (!readiness.ready) return jsonError(503, readiness.reason, { "Retry-After": "5" });
  return Response.json(
    { status: "ready", database: readiness.engine },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const { DELETE, PATCH, POST, PUT } = refusedMethods("/api/ready");
