import { notFoundComparison, refuseUnlessOwner } from "@/lib/api/edit-access";
import { refusedMethods } from "@/lib/api/routes";
import { idSchema } from "@/lib/corpus/schema";

export const runtime = "nodejs";

/**
 * Checks an edit key without changing anything (the edit page asks before keeping a typed key):
 * 204 when `Authorization: Bearer <key>` is this import's key, else as PATCH would refuse it (401, 403, 404).
 */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params;
  if (!idSchema.safeParse(slug).success) return notFoundComparison(slug);
  return (
    (await refuseUnlessOwner(request, slug)) ??
    new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } })
  );
}

export const { DELETE, GET, PATCH, PUT } = refusedMethods("/api/comparisons/[slug]/key");
