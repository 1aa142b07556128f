import { comparisonBody } from "@/lib/api/comparison-bodies";
import { forgetCueReport } from "@/lib/api/cue-bodies";
import { readJson } from "@/lib/api/request-body";
import { cachedJson, etagOf, jsonError, methodNotAllowed, revalidatedJson } from "@/lib/api/responses";
import { storeErrorResponse } from "@/lib/api/store-errors";
import {
  alignmentCorrectionSchema,
  correctComparison,
  deleteComparison,
  findComparison,
  isSeed,
} from "@/lib/catalog";
import { idSchema } from "@/lib/corpus/schema";

export const runtime = "nodejs";

type Context = { params: Promise<{ slug: string }> };

const notFound = (slug: string) =>
  jsonError(404, `No comparison "${slug.slice(0, 80)}". GET /api/comparisons lists the available ones.`);
const readOnly = (slug: string) =>
  jsonError(403, `"${slug}" is a seed comparison shipped with Parallax: it cannot be changed or deleted.`);

async function slugOf(context: Context): Promise<string | null> {
  const { slug } = await context.params;
  return idSchema.safeParse(slug).success ? slug : null;
}

export async function GET(request: Request, context: Context): Promise<Response> {
  const slug = await slugOf(context);
  if (!slug) return notFound((await context.params).slug);
  const seed = comparisonBody(slug);
  if (seed) return cachedJson(seed.json, seed.etag, request);
  const stored = await findComparison(slug).catch(storeErrorResponse);
  if (stored instanceof Response) return stored;
  if (!stored) return notFound(slug);
  const json = JSON.stringify(stored);
  return revalidatedJson(json, etagOf(json), request);
}

/** Saves the teacher's corrections (topics renamed, merged or deleted; passages' topics; counterparts). */
export async function PATCH(request: Request, context: Context): Promise<Response> {
  const slug = await slugOf(context);
  if (!slug) return notFound((await context.params).slug);
  if (isSeed(slug)) return readOnly(slug);
  const body = await readJson(request, alignmentCorrectionSchema, 2 * 1024 * 1024);
  if (!body.ok) return body.response;
  try {
    const updated = await correctComparison(slug, body.value);
    return updated ? Response.json(updated, { headers: { "Cache-Control": "no-store" } }) : notFound(slug);
  } catch (error) {
    return storeErrorResponse(error);
  }
}

export async function DELETE(_request: Request, context: Context): Promise<Response> {
  const slug = await slugOf(context);
  if (!slug) return notFound((await context.params).slug);
  if (isSeed(slug)) return readOnly(slug);
  const deleted = await deleteComparison(slug).catch(storeErrorResponse);
  if (deleted instanceof Response) return deleted;
  if (!deleted) return notFound(slug);
  forgetCueReport(slug);
  return new Response(null, { status: 204 });
}

const notAllowed = methodNotAllowed(["GET", "HEAD", "PATCH", "DELETE"]);

export { notAllowed as POST, notAllowed as PUT };
