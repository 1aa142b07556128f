import { jsonError, methodNotAllowed } from "@/lib/api/responses";
import { IMPORT_LIMITS, ImportError, importFile } from "@/lib/import";
import { extractRequestSchema } from "@/lib/import/schema";

// jsdom needs Node (and is listed in serverExternalPackages so it is never bundled).
export const runtime = "nodejs";

/** JSON escaping can double a page's quotes and newlines; the content itself is checked after parsing. */
const MAX_BODY_BYTES = 2 * IMPORT_LIMITS.maxBytes;

const STATUS: Record<ImportError["code"], number> = {
  "too-large": 413,
  "unsupported-type": 415,
  unreadable: 422,
};

const tooLarge = () => jsonError(413, `Request body too large: the limit is ${MAX_BODY_BYTES} bytes.`);

/** The body as text, refusing to read past the limit whatever Content-Length claims. */
async function readBody(request: Request): Promise<string | Response> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return jsonError(400, "Request body is not valid UTF-8.");
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    const body = await readBody(request);
    if (body instanceof Response) return body;
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return jsonError(400, 'Request body must be JSON: {"name": "article.html", "content": "…"}.');
    }
    const parsed = extractRequestSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join(".") || "body";
      const message = issue?.path.length ? issue.message : "must be an object with name and content";
      return jsonError(400, `Invalid ${field}: ${message}.`);
    }
    return Response.json(importFile(parsed.data), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ImportError) return jsonError(STATUS[error.code], error.message);
    console.error("import/extract failed", error);
    return jsonError(500, "Could not extract text from this file.");
  }
}

const notAllowed = methodNotAllowed(["POST"]);

export { notAllowed as DELETE, notAllowed as GET, notAllowed as PATCH, notAllowed as PUT };
