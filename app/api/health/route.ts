import { refusedMethods } from "@/lib/api/routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Liveness: the process is up and serving. It never touches the database (that is /api/ready). */
export function GET(): Response {
  return Response.json(
    { status: "ok", uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const { DELETE, PATCH, POST, PUT } = refusedMethods("/api/health");
