/**
 * The one client for our JSON API: every call of the reader, the import and the class activities goes
 * through `apiFetch`, so errors read the same everywhere.
 */

/** An API error: the server's `{"error": "…"}` message, the field issues of a 400, a 429's wait. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly issues: { path: string[]; message: string }[] = [],
    /** Seconds a 429 (or 503) asks the client to wait, from Retry-After. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

export type Method = "GET" | "POST" | "PATCH" | "DELETE";

export interface ApiInit {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  /** A bearer token (teacher, student, edit key). */
  token?: string;
  headers?: Record<string, string>;
  /** The browser's HTTP cache: kept by default (the reader's GETs revalidate by ETag). */
  cache?: RequestCache;
  /** The ETag of the copy the caller holds: sent as If-None-Match, and a 304 is then an answer. */
  etag?: string | undefined;
}

/** The response of a call; a non-2xx answer or an `{"error": "…"}` body becomes a thrown ApiError. */
export async function apiFetch(
  url: string,
  { method = "GET", body, token, headers, cache, etag }: ApiInit = {},
) {
  const sent: Record<string, string> = { ...headers };
  if (etag) sent["If-None-Match"] = etag;
  if (token) sent.Authorization = `Bearer ${token}`;
  if (body !== undefined) sent["Content-Type"] = "application/json";
  const response = await fetch(url, {
    method,
    headers: sent,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache,
  });
  if (response.ok || (etag && response.status === 304)) return response;
  const data = (await response.json().catch(() => null)) as {
    error?: string;
    issues?: ApiError["issues"];
  } | null;
  const retry = Number(response.headers.get("Retry-After"));
  throw new ApiError(
    data?.error ?? `HTTP ${response.status}`,
    response.status,
    data?.issues ?? [],
    Number.isFinite(retry) && retry > 0 ? retry : null,
  );
}

/** The JSON answer of a call (undefined for 204). */
export async function apiJson<T>(url: string, init?: ApiInit): Promise<T> {
  const response = await apiFetch(url, init);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** GETs one of our JSON API endpoints. */
export function fetchJson<T>(url: string): Promise<T> {
  return apiJson<T>(url);
}

/** POST, PATCH or DELETE with a JSON body (and extra headers, e.g. Authorization). */
export function sendJson<T>(
  url: string,
  method: Exclude<Method, "GET">,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  return apiJson<T>(url, { method, body, headers });
}
