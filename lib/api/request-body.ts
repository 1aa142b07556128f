import "server-only";
import type { z } from "zod";
import { unpairedSurrogatePath } from "../security/text";
import { jsonError } from "./responses";

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** "documents.0.title: give the text a title": the first problems, each named by its path. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "body"}: ${issue.message}`)
    .join("; ");
}

export function invalidBody(error: z.ZodError): Response {
  return Response.json(
    {
      error: `Invalid request. ${describeIssues(error)}`,
      issues: error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * `application/json` or a `+json` type, with any parameters. Anything else is refused (415): a cross-site
 * form or `text/plain` request (a CORS "simple" request, sent without a preflight) cannot create data.
 */
export function isJsonContentType(value: string | null): boolean {
  const type = value?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);
}

/**
 * Reads a JSON body of at most `maxBytes` (413 beyond, without buffering more than that), then validates
 * it with `schema` (400 naming each field). Nothing is trusted before this returns ok.
 */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes: number,
  /** Limits on the raw JSON that answer 413 rather than 400 (too many or too large texts). */
  tooLarge?: (json: unknown) => string | null,
): Promise<Parsed<z.infer<S>>> {
  const bodyTooLarge = () => ({
    ok: false as const,
    response: jsonError(413, `Request body too large: the limit is ${Math.round(maxBytes / 1024)} KB.`),
  });
  if (!isJsonContentType(request.headers.get("content-type")))
    return {
      ok: false,
      response: jsonError(415, "Send the request body as JSON, with Content-Type: application/json."),
    };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return bodyTooLarge();
  const bytes = await readLimited(request, maxBytes);
  if (bytes === null) return bodyTooLarge();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: jsonError(400, "Request body is not valid UTF-8.") };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, "Request body must be JSON.") };
  }
  const unpaired = unpairedSurrogatePath(json);
  if (unpaired) {
    const where = unpaired.length > 0 ? unpaired.join(".").toWellFormed() : "body";
    const message = `Invalid request. ${where}: contains an unpaired surrogate (\\u escape), which is not valid Unicode text.`;
    return { ok: false, response: jsonError(400, message) };
  }
  const excess = tooLarge?.(json);
  if (excess) return { ok: false, response: jsonError(413, `Request too large: ${excess}.`) };
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, response: invalidBody(parsed.error) };
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
