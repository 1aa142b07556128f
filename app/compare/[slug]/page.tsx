import type { Metadata } from "next";
import { ComparisonPage } from "@/components/reader/comparison-page";
import { getComparison } from "@/lib/corpus";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: getComparison(slug)?.title ?? "Comparison not found" };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { slug } = await params;
  return <ComparisonPage slug={slug} searchParams={searchParams} />;
}
