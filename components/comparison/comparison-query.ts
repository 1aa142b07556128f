import { queryOptions } from "@tanstack/react-query";
import type { Comparison } from "@/lib/corpus/schema";
import { fetchJson } from "../ui/fetch-json";

/**
 * Shared by the server prefetch and the client hook. On the server the page passes `load` (reading
 * `lib/corpus` directly) so the first paint needs no HTTP round trip; the key and freshness are the same.
 */
export function comparisonQueryOptions(slug: string, load?: () => Promise<Comparison>) {
  return queryOptions({
    queryKey: ["comparison", slug] as const,
    queryFn: load ?? (() => fetchJson<Comparison>(`/api/comparisons/${encodeURIComponent(slug)}`)),
    staleTime: 5 * 60_000,
  });
}
