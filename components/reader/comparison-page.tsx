import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { cueReportBody } from "@/lib/api/cue-bodies";
import { findComparison } from "@/lib/catalog";
import type { CueReport } from "@/lib/framing/cue-report";
import { lensIndex } from "@/lib/framing/lens-index";
import { comparisonQueryOptions } from "../comparison/comparison-query";
import { cueQueryOptions } from "../framing/cue-query";
import { framingQueryOptions } from "../framing/framing-query";
import { Reader } from "./reader";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Server component: prefetches the comparison's texts (and, when the URL asks for them, the language cues
 * or the timeline) into React Query and renders the reader with them, so the first paint is the full view
 * the URL names. The framing lens stays out of the first paint unless the view needs it: the reader loads
 * it when the page is idle, knowing from `lensIndex` where its panels go.
 */
export async function ComparisonPage({
  slug,
  searchParams,
}: {
  slug: string;
  searchParams: Promise<SearchParams>;
}) {
  const comparison = await findComparison(slug);
  if (!comparison) notFound();
  const { framing, ...text } = comparison;
  const params = await searchParams;
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(comparisonQueryOptions(slug, async () => text));
  if (framing && params.view === "timeline")
    await queryClient.prefetchQuery(framingQueryOptions(slug, async () => framing));
  if (params.cues === "1") {
    const body = await cueReportBody(slug);
    if (body)
      await queryClient.prefetchQuery(cueQueryOptions(slug, async () => JSON.parse(body.json) as CueReport));
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Reader slug={slug} lens={lensIndex(framing)} />
    </HydrationBoundary>
  );
}
