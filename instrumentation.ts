/**
 * Runs once when the server starts (Next's instrumentation hook), on Node only:
 * - checks the deployment's settings, so a typo in PARALLAX_TRUSTED_PROXIES or a limit stops the start;
 * - installs the per-request hooks (peer address, security headers, body deadline, access log);
 * - opens and migrates the database, so no visitor waits for it (GET /api/ready says when it is done).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { proxyTrust } = await import("./lib/security/client-address");
  const { checkLimitSettings } = await import("./lib/classroom/client-limits");
  const { accessLog, bodyDeadline, installRequestHooks, securityHeaders, stampPeer } = await import(
    "./lib/ops/request-hooks"
  );
  const { checkReadiness } = await import("./lib/ops/readiness");
  proxyTrust();
  checkLimitSettings();
  installRequestHooks([
    stampPeer,
    securityHeaders({ https: process.env.PARALLAX_HTTPS === "1" }),
    bodyDeadline(60_000),
    accessLog,
  ]);
  if (process.env.NEXT_PHASE !== "phase-production-build") void checkReadiness();
}
