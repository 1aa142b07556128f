/**
 * Security headers on every page response (Next 16's proxy, formerly middleware). Values come from
 * lib/security; API routes and build assets get theirs at run time from lib/ops/request-hooks.ts.
 *
 * Pages get a fresh nonce per request. Next reads it from the Content-Security-Policy *request* header
 * and puts it on its own inline RSC scripts and chunk tags; the root layout reads `x-nonce` for the theme
 * script. Whatever CSP or x-nonce header the client sent is overwritten, so a nonce is never chosen by
 * the client. Reading `headers()` in the layout makes every page render per request: a static page would
 * carry a build-time nonce, or none, and its scripts would be blocked.
 */
import { type NextRequest, NextResponse } from "next/server";
import { apiSecurityHeaders, newNonce, securityHeaders } from "@/lib/security";

// `next dev` only: React's dev build needs eval for its error stacks (see the Next.js CSP guide).
const dev = process.env.NODE_ENV === "development";
// Set where the public URL is https; behind a TLS-terminating proxy the request itself says http.
const https = process.env.PARALLAX_HTTPS === "1";
const PLAIN_HEADERS = apiSecurityHeaders({ https });

/** False for a malformed escape such as `%zz` or `%c0%ae`, which Next answers with a bare 500. */
function decodable(pathname: string): boolean {
  if (!pathname.includes("%")) return true;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (!decodable(pathname)) {
    const response = pathname.startsWith("/api/")
      ? NextResponse.json({ error: "Malformed percent-encoding in the URL path." }, { status: 400 })
      : new NextResponse("Malformed percent-encoding in the URL path.", { status: 400 });
    response.headers.set("Cache-Control", "no-store");
    for (const { key, value } of PLAIN_HEADERS) response.headers.set(key, value);
    return response;
  }
  if (pathname.startsWith("/api/")) return NextResponse.next();

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
  matcher: [
    // Pages: everything but the API and build assets. Router prefetches are included (unlike the Next
    // guide's example) so that every page and RSC response carries the headers; a nonce costs ~1 µs.
    "/((?!api/|_next/static/|_next/image|favicon\\.ico|icon\\.svg).*)",
    // API paths with a percent escape, only to answer a malformed one with 400. Other API requests skip
    // the proxy, which would buffer their bodies.
    "/api/(.*%.*)",
  ],
};
