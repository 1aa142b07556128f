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
 * the URL names, the framing lens included: its compare panels open each topic row.
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
  // The lens renders with the page: compare panels open at the top of each row, Compare ⇄ names facts.
  if (framing) await queryClient.prefetchQuery(framingQueryOptions(slug, async () => framing));
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
