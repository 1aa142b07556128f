/** An API error: the server's `{"error": "…"}` message, with the field issues of a 400 when it sent them. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly issues: { path: string[]; message: string }[] = [],
  ) {
    super(message);
  }
}

async function parse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as
    | (T & { error?: undefined })
    | { error: string; issues?: ApiError["issues"] }
    | null;
  if (!response.ok || body === null || (typeof body === "object" && "error" in body && body.error)) {
    const error = body && "error" in body && body.error ? body.error : `HTTP ${response.status}`;
    const issues = body && "issues" in body ? body.issues : undefined;
    throw new ApiError(error, response.status, issues ?? []);
  }
  return body as T;
}

/** GETs one of our JSON API endpoints; an `{"error": "…"}` body or a non-2xx status becomes a thrown ApiError. */
export async function fetchJson<T>(url: string): Promise<T> {
  return parse<T>(await fetch(url));
}

/** POST, PATCH or DELETE with a JSON body (and extra headers, e.g. Authorization), errors as for `fetchJson`. */
export async function sendJson<T>(
  url: string,
  method: "POST" | "PATCH" | "DELETE",
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? headers : { ...headers, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return parse<T>(response);
}
