/**
 * Runs once when the server starts (Next's instrumentation hook), on Node only:
 * - checks the deployment's settings, so a typo in PARALLAX_TRUSTED_PROXIES or a limit stops the start;
 * - installs the per-request hooks (peer address, security headers, body deadline, compression, the
 *   stylesheet inlined into pages, reading pages' scripts after their first paint, access log);
 * - opens and migrates the database, so no visitor waits for it (GET /api/ready says when it is done).
 */
import type { Instrumentation } from "next";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { proxyTrust } = await import("./lib/security/client-address");
  const { checkLimitSettings } = await import("./lib/classroom/client-limits");
  const { accessLog, bodyDeadline, compress, installRequestHooks, securityHeaders, stampPeer } = await import(
    "./lib/ops/request-hooks"
  );
  const { inlineStylesheet, stylesheetReader } = await import("./lib/ops/inline-stylesheet");
  const { isReadingPage, paintFirst } = await import("./lib/ops/paint-first");
  const { checkReadiness } = await import("./lib/ops/readiness");
  proxyTrust();
  checkLimitSettings();
  installRequestHooks([
    stampPeer,
    securityHeaders({ https: process.env.PARALLAX_HTTPS === "1" }),
    bodyDeadline(60_000),
    compress(),
    inlineStylesheet(stylesheetReader(".next")),
    paintFirst(isReadingPage),
    accessLog,
  ]);
  if (process.env.NEXT_PHASE !== "phase-production-build") void checkReadiness();
}

/**
 * An error a route or page did not handle: one JSON line with its request id and the route's pattern
 * (not the path, which may carry a class id or a search), without the secrets its message may carry.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logError } = await import("./lib/log");
  const reqId = request.headers["x-request-id"];
  logError("request", error, {
    reqId: typeof reqId === "string" ? reqId : undefined,
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
  });
};
