import { ComparisonPage } from "@/components/reader/comparison-page";
import { SEED_SLUG } from "@/lib/corpus";

/** The view, topics and search live in the URL, so each request renders exactly the view it names. */
export const dynamic = "force-dynamic";

export default function Home({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <ComparisonPage slug={SEED_SLUG} searchParams={searchParams} />;
}
