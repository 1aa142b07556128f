/** Security headers (CSP and hardening) for proxy.ts and route handlers. Server-side (node:crypto). */
export {
  apiContentSecurityPolicy,
  apiSecurityHeaders,
  contentSecurityPolicy,
  cspHash,
  type Header,
  newNonce,
  type SecurityHeaderOptions,
  securityHeaders,
} from "./headers";
