import { queryOptions } from "@tanstack/react-query";
import type { ComparisonText } from "@/lib/corpus/schema";
import { fetchJson } from "../ui/fetch-json";

/** A comparison's texts, for the client islands that fetch them (the teacher's dashboard, the editor). */
export function comparisonQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ["comparison", slug] as const,
    queryFn: () => fetchJson<ComparisonText>(`/api/comparisons/${encodeURIComponent(slug)}`),
    staleTime: 5 * 60_000,
  });
}
