import { ComparisonPage } from "@/components/reader/comparison-page";
import { SEED_SLUG } from "@/lib/corpus";

export default function Home() {
  return <ComparisonPage slug={SEED_SLUG} />;
}
