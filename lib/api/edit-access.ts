import "server-only";
import { checkEditAccess, isSeed } from "@/lib/catalog";
import { securityEvent } from "@/lib/log";
import { jsonError } from "./responses";

export const notFoundComparison = (slug: string) =>
  jsonError(
    404,
    `No comparison "${slug.slice(0, 80)}". GET /api/comparisons lists the ready-made ones; an import opens from its link.`,
  );

/**
 * Null when the request carries this import's edit key; otherwise the refusal: the seed and imports made
 * before edit keys existed are read-only (403), a missing or wrong key is 401 (logged, without the key).
 * Checked before the body is read, so a refused request costs one indexed lookup.
 */
export async function refuseUnlessOwner(request: Request, slug: string): Promise<Response | null> {
  if (isSeed(slug))
    return jsonError(
      403,
      `"${slug}" is a seed comparison shipped with Parallax: it cannot be changed or deleted.`,
    );
  const authorization = request.headers.get("authorization");
  const access = await checkEditAccess(slug, authorization);
  if (access === "ok") return null;
  if (access === "not-found") return notFoundComparison(slug);
  if (access === "read-only")
    return jsonError(
      403,
      `"${slug}" was imported before edit keys existed: it is read-only. Import the texts again to get a comparison you can correct.`,
    );
  securityEvent("comparison.key-refused", { slug, reason: authorization ? "wrong" : "missing" });
  return jsonError(
    401,
    authorization
      ? "Wrong or malformed edit key for this comparison."
      : "Missing edit key: send Authorization: Bearer <edit key>, the key given when the comparison was saved.",
    { "WWW-Authenticate": 'Bearer realm="parallax"' },
  );
}
