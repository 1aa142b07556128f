import { queryOptions } from "@tanstack/react-query";
import type { Comparison } from "@/lib/corpus/schema";

async function fetchComparison(slug: string): Promise<Comparison> {
  const response = await fetch(`/api/comparisons/${encodeURIComponent(slug)}`);
  const body = (await response.json()) as Comparison | { error: string };
  if (!response.ok || "error" in body) {
    throw new Error("error" in body ? body.error : `HTTP ${response.status}`);
  }
  return body;
}

/**
 * Shared by the server prefetch and the client hook. On the server the page passes `load` (reading
 * `lib/corpus` directly) so the first paint needs no HTTP round trip; the key and freshness are the same.
 */
export function comparisonQueryOptions(slug: string, load?: () => Promise<Comparison>) {
  return queryOptions({
    queryKey: ["comparison", slug] as const,
    queryFn: load ?? (() => fetchComparison(slug)),
    staleTime: 5 * 60_000,
  });
}
