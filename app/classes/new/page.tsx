import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StartActivityForm } from "@/components/classroom/start-activity-form";
import { findComparison } from "@/lib/catalog";
import { defaultLabels, defaultPrompts } from "@/lib/classroom";
import { passagesBySide } from "@/lib/classroom/passage-counts";

export const metadata: Metadata = { title: "Run a class activity" };
export const dynamic = "force-dynamic";

export default async function NewClassPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const slug = (await searchParams).comparison;
  const comparison = typeof slug === "string" ? await findComparison(slug) : null;
  if (!comparison) notFound();
  // Defaults are computed here so the client form ships no framing data or zod.
  return (
    <div className="max-w-5xl space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Run a class activity</h1>
        <p className="text-muted">
          On{" "}
          <Link href={`/compare/${comparison.slug}`} className="text-accent underline">
            {comparison.title}
          </Link>
          . Students join with a code, tag passages and answer prompts; you follow their work live, then
          export it. No student account is needed.
        </p>
      </header>
      <StartActivityForm
        comparison={{
          slug: comparison.slug,
          title: comparison.title,
          topics: comparison.topics.map((t) => ({ id: t.id, label: t.label })),
        }}
        sides={passagesBySide(comparison)}
        framingLens={Boolean(comparison.framing)}
        defaultPrompts={defaultPrompts(comparison, undefined, Number.POSITIVE_INFINITY)}
        defaultLabels={defaultLabels(comparison)}
      />
    </div>
  );
}
