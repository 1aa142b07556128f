import { framingBody } from "@/lib/api/comparison-bodies";
import { cachedJson, etagOf, jsonError, revalidatedJson } from "@/lib/api/responses";
import { refusedMethods } from "@/lib/api/routes";
import { storeErrorResponse } from "@/lib/api/store-errors";
import { findComparison } from "@/lib/catalog";
import { idSchema } from "@/lib/corpus/schema";

export const runtime = "nodejs";

/** The framing lens alone (compare panels, timeline, claims): the reader loads it after its first paint. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params;
  const known = idSchema.safeParse(slug).success;
  const seed = known ? framingBody(slug) : null;
  if (seed) return cachedJson(seed.json, seed.etag, request);
  const comparison = known ? await findComparison(slug).catch(storeErrorResponse) : null;
  if (comparison instanceof Response) return comparison;
  if (!comparison)
    return jsonError(
      404,
      `No comparison "${slug.slice(0, 80)}". GET /api/comparisons lists the available ones.`,
    );
  if (!comparison.framing)
    return jsonError(404, `"${slug}" has no framing lens: only editorially annotated comparisons have one.`);
  const json = JSON.stringify(comparison.framing);
  return revalidatedJson(json, etagOf(json), request);
}

export const { DELETE, PATCH, POST, PUT } = refusedMethods("/api/comparisons/[slug]/framing");
