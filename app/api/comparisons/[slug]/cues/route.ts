import { z } from "zod";
import { cueMarksBody, cueReportBody } from "@/lib/api/cue-bodies";
import { notFoundComparison } from "@/lib/api/edit-access";
import { cachedJson, jsonError, revalidatedJson } from "@/lib/api/responses";
import { refusedMethods } from "@/lib/api/routes";
import { storeErrorResponse } from "@/lib/api/store-errors";
import { isSeed } from "@/lib/catalog";
import { idSchema } from "@/lib/corpus/schema";

/**
 * An import's report may only be served while the import exists: `private, no-cache` keeps it out of
 * shared caches and makes browsers revalidate (a deleted import then answers 404). Seeds never change.
 */
const IMPORT_CACHE = "private, no-cache";
/** `?format=marks`: the compact marks the reader paints in the browser (lib/reader/cue-marks.ts). */
const formatSchema = z.enum(["report", "marks"]).default("report");

export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params;
  const format = formatSchema.safeParse(new URL(request.url).searchParams.get("format") ?? undefined);
  if (!format.success) return jsonError(400, "format must be report or marks.");
  const read = format.data === "marks" ? cueMarksBody : cueReportBody;
  let body: Awaited<ReturnType<typeof cueReportBody>> = null;
  try {
    body = idSchema.safeParse(slug).success ? await read(slug) : null;
  } catch (error) {
    return storeErrorResponse(error);
  }
  if (!body) return notFoundComparison(slug);
  if (isSeed(slug)) return cachedJson(body.json, body.etag, request);
  const response = revalidatedJson(body.json, body.etag, request);
  response.headers.set("Cache-Control", IMPORT_CACHE);
  return response;
}

export const { DELETE, PATCH, POST, PUT } = refusedMethods("/api/comparisons/[slug]/cues");
