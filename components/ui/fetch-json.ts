/** GETs one of our JSON API endpoints; an `{"error": "…"}` body or a non-2xx status becomes a thrown Error. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = (await response.json()) as T | { error: string };
  if (!response.ok || (typeof body === "object" && body !== null && "error" in body)) {
    throw new Error((body as { error?: string }).error ?? `HTTP ${response.status}`);
  }
  return body as T;
}
