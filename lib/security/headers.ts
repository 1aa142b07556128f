/**
 * Security headers for every response. Framework-free; `proxy.ts` at the project root calls it per request.
 *
 * Scripts: Next 16's App Router streams inline `self.__next_f.push(…)` scripts whose content differs per
 * page and per request, so they cannot be allowed by hash; `'self'` alone blocks them and breaks hydration.
 * Pages therefore need a per-request nonce: Next reads it from the `Content-Security-Policy` *request*
 * header (`'nonce-…'` in script-src, see next/dist/server/app-render/get-script-nonce-from-header.js) and
 * puts it on its own scripts; `'strict-dynamic'` then trusts the chunks those scripts load. Without a
 * nonce the policy is `'self'` plus any given hashes: right for API and other non-HTML responses. We do
 * not fall back to `'unsafe-inline'`, which would leave injected scripts free to run.
 */
import { createHash, randomBytes } from "node:crypto";

export interface SecurityHeaderOptions {
  /** Per-request nonce (base64 or base64url) for HTML pages; see newNonce(). */
  nonce?: string;
  /** `next dev`: React needs eval for its debugging stacks (Next docs), so 'unsafe-eval' is added. */
  dev?: boolean;
  /** Only when the deployment is served over HTTPS: adds HSTS and upgrade-insecure-requests. */
  https?: boolean;
  /** CSP hash sources (from cspHash()) for fixed inline scripts, e.g. the theme script. */
  scriptHashes?: readonly string[];
}

export interface Header {
  key: string;
  value: string;
}

const NONCE_RE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

/** 128 random bits, base64: a fresh one per request. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/** `'sha256-…'` source for an inline script's exact text. */
export function cspHash(source: string): string {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}

export function contentSecurityPolicy(options: SecurityHeaderOptions = {}): string {
  const { nonce, dev = false, https = false, scriptHashes = [] } = options;
  if (nonce !== undefined && !NONCE_RE.test(nonce)) throw new Error("CSP nonce must be base64, 16+ chars");
  const script = ["'self'"];
  if (nonce) script.push(`'nonce-${nonce}'`, "'strict-dynamic'");
  script.push(...scriptHashes);
  if (dev) script.push("'unsafe-eval'");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...script],
    // React's style={…} props become style attributes, which nonces cannot cover; inline style cannot run
    // code, so 'unsafe-inline' here costs far less than it would in script-src.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    // Nothing leaves the origin: fetches, forms and frames stay on it.
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/**
 * The policy for API responses (JSON, CSV): nothing they could ever be rendered as may load or run
 * anything. If a browser is tricked into showing a response as a document (a sniffed type, a direct visit,
 * an error page echoing input), `default-src 'none'` leaves it inert. `base-uri` and `form-action` do not
 * fall back to default-src, so they are named; object-src is named too, to read the same as the pages'.
 */
export function apiContentSecurityPolicy(options: Pick<SecurityHeaderOptions, "https"> = {}): string {
  const directives = [
    "default-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** The headers of API responses: the same hardening set, with the API policy instead of the page one. */
export function apiSecurityHeaders(options: Pick<SecurityHeaderOptions, "https"> = {}): Header[] {
  return securityHeaders(options).map((h) =>
    h.key === "Content-Security-Policy" ? { key: h.key, value: apiContentSecurityPolicy(options) } : h,
  );
}

/** The headers to set on every page response (API responses: apiSecurityHeaders). */
export function securityHeaders(options: SecurityHeaderOptions = {}): Header[] {
  const headers: Header[] = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // The teacher link carries a secret; nothing here needs referrers, so none are sent.
    { key: "Referrer-Policy", value: "no-referrer" },
    // Older browsers ignore frame-ancestors; this covers them.
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  ];
  if (options.https) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}
