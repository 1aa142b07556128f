import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { getComparison } from "@/lib/corpus";
import { comparisonQueryOptions } from "../comparison/comparison-query";
import { Reader } from "./reader";

/** Server component: prefetches the comparison into React Query and renders the reader with it. */
export async function ComparisonPage({ slug }: { slug: string }) {
  const comparison = getComparison(slug);
  if (!comparison) notFound();
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(comparisonQueryOptions(slug, async () => comparison));
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Reader slug={slug} />
    </HydrationBoundary>
  );
}
