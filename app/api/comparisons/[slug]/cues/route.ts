import { computeErrorResponse } from "@/lib/api/compute-errors";
import { cueReportBody } from "@/lib/api/cue-bodies";
import { cachedJson, jsonError, methodNotAllowed } from "@/lib/api/responses";
import { idSchema } from "@/lib/corpus/schema";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params;
  let body: Awaited<ReturnType<typeof cueReportBody>> = null;
  try {
    body = idSchema.safeParse(slug).success ? await cueReportBody(slug) : null;
  } catch (error) {
    const refused = computeErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
  if (!body)
    return jsonError(
      404,
      `No comparison "${slug.slice(0, 80)}". GET /api/comparisons lists the available ones.`,
    );
  return cachedJson(body.json, body.etag, request);
}

const notAllowed = methodNotAllowed(["GET", "HEAD"]);

export { notAllowed as DELETE, notAllowed as PATCH, notAllowed as POST, notAllowed as PUT };
