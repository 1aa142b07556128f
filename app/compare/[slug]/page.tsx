import type { Metadata } from "next";
import { ComparisonPage } from "@/components/reader/comparison-page";
import { findComparison } from "@/lib/catalog";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const comparison = await findComparison(slug);
  return { title: comparison?.title ?? "Comparison not found" };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { slug } = await params;
  return <ComparisonPage slug={slug} searchParams={searchParams} />;
}
