import { notFoundComparison, refuseUnlessOwner } from "@/lib/api/edit-access";
import { refusedMethods } from "@/lib/api/routes";
import { storeErrorResponse } from "@/lib/api/store-errors";
import { findEditSuggestions } from "@/lib/catalog";
import { idSchema } from "@/lib/corpus/schema";

export const runtime = "nodejs";

/**
 * The owner's edit data: the aligner's suggestions kept at save, for the editor's one-click accept.
 * Behind the edit key, like every owner route, and never cached: the reader's comparison stays without them.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params;
  if (!idSchema.safeParse(slug).success) return notFoundComparison(slug);
  const refused = await refuseUnlessOwner(request, slug).catch(storeErrorResponse);
  if (refused) return refused;
  const suggestions = await findEditSuggestions(slug).catch(storeErrorResponse);
  if (suggestions instanceof Response) return suggestions;
  if (!suggestions) return notFoundComparison(slug);
  return Response.json(suggestions, { headers: { "Cache-Control": "private, no-store" } });
}

export const { DELETE, PATCH, POST, PUT } = refusedMethods("/api/comparisons/[slug]/suggestions");
