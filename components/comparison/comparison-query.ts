import { queryOptions } from "@tanstack/react-query";
import type { ComparisonText } from "@/lib/corpus/schema";
import { fetchJson } from "../ui/fetch-json";

/**
 * Shared by the server prefetch and the client hook. On the server the page passes `load` (reading
 * `lib/corpus` directly) so the first paint needs no HTTP round trip; the key and freshness are the same.
 * Typed without the framing lens, which has its own query (framing-query.ts) and stays out of the first paint.
 */
export function comparisonQueryOptions(slug: string, load?: () => Promise<ComparisonText>) {
  return queryOptions({
    queryKey: ["comparison", slug] as const,
    queryFn: load ?? (() => fetchJson<ComparisonText>(`/api/comparisons/${encodeURIComponent(slug)}`)),
    staleTime: 5 * 60_000,
  });
}
