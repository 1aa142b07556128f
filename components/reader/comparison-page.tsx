import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { cueReportBody } from "@/lib/api/cue-bodies";
import { findComparison } from "@/lib/catalog";
import type { CueReport } from "@/lib/framing/cue-report";
import { comparisonQueryOptions } from "../comparison/comparison-query";
import { cueQueryOptions } from "../framing/cue-query";
import { Reader } from "./reader";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Server component: prefetches the comparison (and, when the URL turns them on, the language cues)
 * into React Query and renders the reader with it, so the first paint is the full view the URL names.
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
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(comparisonQueryOptions(slug, async () => comparison));
  if ((await searchParams).cues === "1") {
    const body = await cueReportBody(slug);
    if (body)
      await queryClient.prefetchQuery(cueQueryOptions(slug, async () => JSON.parse(body.json) as CueReport));
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Reader slug={slug} />
    </HydrationBoundary>
  );
}
