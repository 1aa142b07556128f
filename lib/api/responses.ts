/** JSON responses shared by every API route: one error shape, `{"error": "…"}`, and explicit caching. */
import "server-only";
import { JSON_CONTENT_TYPE } from "./content-type";

export const STATIC_CACHE = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";

export function jsonError(status: number, error: string, headers: HeadersInit = {}): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** A body serialized once and served many times (the seed is static), with an ETag for revalidation. */
export function cachedJson(body: string, etag: string, request?: Request): Response {
  return validatedJson(body, etag, request, STATIC_CACHE);
}

/** A body that can change (imports): always revalidated, cheap when unchanged. */
export function revalidatedJson(body: string, etag: string, request?: Request): Response {
  return validatedJson(body, etag, request, "no-cache");
}

function validatedJson(
  body: string,
  etag: string,
  request: Request | undefined,
  cacheControl: string,
): Response {
  const headers = {
    "Content-Type": JSON_CONTENT_TYPE,
    "Cache-Control": cacheControl,
    ETag: etag,
  };
  if (matchesEtag(request?.headers.get("if-none-match") ?? null, etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

/**
 * If-None-Match uses weak comparison (RFC 9110 §13.1.2): a list of tags, `*`, `W/` ignored. The tag
 * is weak because the server's compression (next.config.ts) sends the same JSON gzipped or plain.
 */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

export function methodNotAllowed(allowed: string[]): () => Response {
  return () =>
    jsonError(405, `Method not allowed. This endpoint accepts: ${allowed.join(", ")}.`, {
      Allow: allowed.join(", "),
    });
}

/** A short, stable, weak ETag from the body (FNV-1a; collisions only cost a refetch). */
export function etagOf(body: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    hash ^= body.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `W/"${(hash >>> 0).toString(36)}-${body.length.toString(36)}"`;
}

/** Heavy work already queued (see lib/compute): a 429 the client may retry, never a 5xx. */
export function busy(error: { message: string; retryAfterSeconds: number }): Response {
  return jsonError(429, error.message, { "Retry-After": String(error.retryAfterSeconds) });
}

/**
 * The embedded store's folder is held by another server process (a second `next start` or `next dev` on
 * it): 503 for as long as that lasts. The folder and the PID go to the server log, not to the client.
 */
export function storeUnavailable(): Response {
  return jsonError(
    503,
    "The database is unavailable: its data folder is in use by another server process. The operator must stop that process, or use PostgreSQL to run several.",
    { "Retry-After": "30" },
  );
}
