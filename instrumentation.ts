/**
 * Runs once when the server starts (Next's instrumentation hook). On Node it stamps each request with
 * the socket's address (lib/security/peer-stamp.ts) and checks the deployment's limit settings, so a
 * typo in PARALLAX_TRUSTED_PROXIES or a PARALLAX_*_PER_HOUR stops the start instead of a request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampPeerAddresses } = await import("./lib/security/peer-stamp");
  const { proxyTrust } = await import("./lib/security/client-address");
  const { checkLimitSettings } = await import("./lib/classroom/client-limits");
  proxyTrust();
  checkLimitSettings();
  stampPeerAddresses();
}
