import { comparisonListBody } from "@/lib/api/comparison-bodies";
import { cachedJson, methodNotAllowed } from "@/lib/api/responses";

export function GET(request: Request): Response {
  const { json, etag } = comparisonListBody();
  return cachedJson(json, etag, request);
}

const notAllowed = methodNotAllowed(["GET", "HEAD"]);

export { notAllowed as DELETE, notAllowed as PATCH, notAllowed as POST, notAllowed as PUT };
