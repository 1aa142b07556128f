import { etagOf, jsonError, revalidatedJson } from "@/lib/api/responses";
import { refusedMethods } from "@/lib/api/routes";
import { storeErrorResponse } from "@/lib/api/store-errors";
import { findComparison } from "@/lib/catalog";
import { idSchema } from "@/lib/corpus/schema";
import { passagesOnly } from "@/lib/reader/passages-only";

export const runtime = "nodejs";

const MAX_TOPICS = 60;

/**
 * The texts without the framing lens, and with `?topics=a,b` only the passages on those topics: what a
 * class activity's student workspace shows, a fraction of the whole comparison on a phone.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params;
  const raw = new URL(request.url).searchParams.get("topics");
  const topics = raw === null ? null : raw.split(",").filter(Boolean);
  if (topics && topics.length > MAX_TOPICS)
    return jsonError(400, `topics: at most ${MAX_TOPICS} topic ids, comma-separated.`);
  const bad = topics?.find((t) => !idSchema.safeParse(t).success);
  if (bad !== undefined)
    return jsonError(
      400,
      `topics: "${bad.slice(0, 80)}" is not a topic id (lowercase letters, digits, dashes).`,
    );
  const comparison = idSchema.safeParse(slug).success
    ? await findComparison(slug).catch(storeErrorResponse)
    : null;
  if (comparison instanceof Response) return comparison;
  if (!comparison)
    return jsonError(
      404,
      `No comparison "${slug.slice(0, 80)}". GET /api/comparisons lists the available ones.`,
    );
  const json = JSON.stringify(passagesOnly(comparison, topics));
  return revalidatedJson(json, etagOf(json), request);
}

export const { DELETE, PATCH, POST, PUT } = refusedMethods("/api/comparisons/[slug]/passages");
