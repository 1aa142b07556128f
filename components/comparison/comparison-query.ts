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

/** A class activity's passages only (no lens, no other topics): what a student's phone downloads. */
export function passagesQueryOptions(slug: string, topics: readonly string[]) {
  const query = topics.length > 0 ? `?topics=${topics.map(encodeURIComponent).join(",")}` : "";
  return queryOptions({
    queryKey: ["passages", slug, topics.join(",")] as const,
    queryFn: () => fetchJson<ComparisonText>(`/api/comparisons/${encodeURIComponent(slug)}/passages${query}`),
    staleTime: 5 * 60_000,
  });
}
