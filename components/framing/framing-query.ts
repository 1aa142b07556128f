import { queryOptions } from "@tanstack/react-query";
import type { ComparisonFraming } from "@/lib/corpus/schema";
import { fetchJson } from "../ui/fetch-json";

/**
 * The framing lens, kept out of the reader's first paint (it is half of the comparison's data) and
 * loaded once the page is idle, or at once when a link opens the timeline (then the server prefetches it).
 */
export function framingQueryOptions(slug: string, load?: () => Promise<ComparisonFraming>) {
  return queryOptions({
    queryKey: ["framing", slug] as const,
    queryFn:
      load ?? (() => fetchJson<ComparisonFraming>(`/api/comparisons/${encodeURIComponent(slug)}/framing`)),
    staleTime: 5 * 60_000,
  });
}
