/**
 * Security headers on every response (Next 16's proxy, formerly middleware). Values come from
 * lib/security; this file only decides which set a request gets.
 *
 * Pages get a fresh nonce per request. Next reads it from the Content-Security-Policy *request* header
 * and puts it on its own inline RSC scripts and chunk tags; the root layout reads `x-nonce` for the theme
 * script. Whatever CSP or x-nonce header the client sent is overwritten, so a nonce is never chosen by
 * the client. Reading `headers()` in the layout makes every page render per request: a static page would
 * carry a build-time nonce, or none, and its scripts would be blocked.
 *
 * API routes get a fixed, nonce-less policy (apiSecurityHeaders): JSON and CSV run no script, and a fixed
 * list keeps the proxy's work on the hot API path to setting a few headers.
 */
import { type NextRequest, NextResponse } from "next/server";
import { apiSecurityHeaders, newNonce, securityHeaders } from "@/lib/security";

// `next dev` only: React's dev build needs eval for its error stacks (see the Next.js CSP guide).
const dev = process.env.NODE_ENV === "development";
// Set where the public URL is https; behind a TLS-terminating proxy the request itself says http.
const https = process.env.PARALLAX_HTTPS === "1";
const API_HEADERS = apiSecurityHeaders({ https });

export function proxy(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    for (const { key, value } of API_HEADERS) response.headers.set(key, value);
    return response;
  }

  const nonce = newNonce(); // 128 random bits (node:crypto)
  const headers = securityHeaders({ nonce, dev, https });
  const csp = headers.find((h) => h.key === "Content-Security-Policy")?.value ?? "";
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", csp);
  forwarded.set("x-nonce", nonce);

  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}

export const config = {
  // Everything but build assets, which run no code of their own: hashed JS and CSS (loaded under the
  // page's policy), image optimisation and the icons. Router prefetches are included (unlike the Next
  // guide's example) so that every page and RSC response carries the headers; a nonce costs ~1 µs.
  matcher: ["/((?!_next/static/|_next/image|favicon\\.ico|icon\\.svg).*)"],
};
