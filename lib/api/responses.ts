/** JSON responses shared by every API route: one error shape, `{"error": "…"}`, and explicit caching. */

export const STATIC_CACHE = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";

export function jsonError(status: number, error: string, headers: HeadersInit = {}): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** A body serialized once and served many times (the seed is static), with an ETag for revalidation. */
export function cachedJson(body: string, etag: string, request?: Request): Response {
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": STATIC_CACHE,
    ETag: etag,
  };
  if (request?.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

export function methodNotAllowed(allowed: string[]): () => Response {
  return () =>
    jsonError(405, `Method not allowed. This endpoint accepts: ${allowed.join(", ")}.`, {
      Allow: allowed.join(", "),
    });
}

/** A short, stable ETag from the body (FNV-1a; collisions only cost a refetch). */
export function etagOf(body: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    hash ^= body.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `"${(hash >>> 0).toString(36)}-${body.length.toString(36)}"`;
}

/** A body that can change (imports): always revalidated, cheap when unchanged. */
export function revalidatedJson(body: string, etag: string, request?: Request): Response {
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-cache",
    ETag: etag,
  };
  if (request?.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

/** Heavy work already queued (see lib/compute): a 429 the client may retry, never a 5xx. */
export function busy(error: { message: string; retryAfterSeconds: number }): Response {
  return jsonError(429, error.message, { "Retry-After": String(error.retryAfterSeconds) });
}
