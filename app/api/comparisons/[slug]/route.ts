import { comparisonBody } from "@/lib/api/comparison-bodies";
import { forgetCueReport } from "@/lib/api/cue-bodies";
import { notFoundComparison as notFound, refuseUnlessOwner } from "@/lib/api/edit-access";
import { readJson } from "@/lib/api/request-body";
import { cachedJson, etagOf, revalidatedJson } from "@/lib/api/responses";
import { API_ROUTES, refusedMethods } from "@/lib/api/routes";
import { storeErrorResponse } from "@/lib/api/store-errors";
import { correctComparison, deleteComparison, findComparison } from "@/lib/catalog";
import { idSchema } from "@/lib/corpus/schema";
import { securityEvent } from "@/lib/log";

export const runtime = "nodejs";

const { PATCH: op } = API_ROUTES["/api/comparisons/[slug]"];

type Context = { params: Promise<{ slug: string }> };

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

/** Saves the owner's corrections (topics renamed, merged or deleted; passages' topics; counterparts). */
export async function PATCH(request: Request, context: Context): Promise<Response> {
  const slug = await slugOf(context);
  if (!slug) return notFound((await context.params).slug);
  const refused = await refuseUnlessOwner(request, slug).catch(storeErrorResponse);
  if (refused) return refused;
  const body = await readJson(request, op.body, op.maxBytes);
  if (!body.ok) return body.response;
  try {
    const updated = await correctComparison(slug, body.value);
    return updated ? Response.json(updated, { headers: { "Cache-Control": "no-store" } }) : notFound(slug);
  } catch (error) {
    return storeErrorResponse(error);
  }
}

/** The owner deletes the import, unless class activities use it: their students' work is never removed. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  const slug = await slugOf(context);
  if (!slug) return notFound((await context.params).slug);
  const refused = await refuseUnlessOwner(request, slug).catch(storeErrorResponse);
  if (refused) return refused;
  const outcome = await deleteComparison(slug).catch(storeErrorResponse);
  if (outcome instanceof Response) return outcome;
  if (!outcome.ok && outcome.reason === "not-found") return notFound(slug);
  if (!outcome.ok && outcome.reason === "in-use") {
    const n = outcome.activities;
    const error = `${n} class ${n === 1 ? "activity uses" : "activities use"} this comparison: ${n === 1 ? "its teacher" : "their teachers"} must delete ${n === 1 ? "it" : "them"} first. Nothing was deleted.`;
    return Response.json({ error, activities: n }, { status: 409, headers: { "Cache-Control": "no-store" } });
  }
  forgetCueReport(slug);
  securityEvent("comparison.deleted", { slug });
  return new Response(null, { status: 204 });
}

export const { POST, PUT } = refusedMethods("/api/comparisons/[slug]");
