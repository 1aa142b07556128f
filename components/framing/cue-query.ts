import { queryOptions } from "@tanstack/react-query";
import type { CueReport } from "@/lib/framing/cue-report";
import { fetchJson } from "../ui/fetch-json";

/** Language cues are computed on the server (wink-nlp) and fetched only when the reader turns them on. */
export function cueQueryOptions(slug: string, load?: () => Promise<CueReport>) {
  return queryOptions({
    queryKey: ["cues", slug] as const,
    queryFn: load ?? (() => fetchJson<CueReport>(`/api/comparisons/${encodeURIComponent(slug)}/cues`)),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
