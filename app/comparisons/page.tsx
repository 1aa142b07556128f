import type { Metadata } from "next";
import Link from "next/link";
import { YourImports } from "@/components/import/your-imports";
import { buttonClass } from "@/components/ui/button";
import { listPublicComparisons } from "@/lib/catalog";

export const metadata: Metadata = { title: "Comparisons" };
export const dynamic = "force-dynamic";

/** The ready-made comparisons for everyone; imports only in the browser that holds their keys. */
export default function ComparisonsPage() {
  const comparisons = listPublicComparisons();
  return (
    <div className="max-w-3xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Comparisons</h1>
        <Link href="/import" className={buttonClass({ variant: "primary" })}>
          Bring your own texts
        </Link>
      </header>
      <ul className="space-y-3">
        {comparisons.map((c) => (
          <li key={c.slug} className="rounded-lg border border-border bg-surface p-4">
            <Link
              href={c.origin === "seed" ? "/" : `/compare/${c.slug}`}
              className="font-serif text-xl font-bold text-accent underline underline-offset-2"
            >
              {c.title}
            </Link>
            <p className="font-sans text-sm text-muted">
              Ready-made case · {c.documentCount} texts · {c.topicCount} topics
            </p>
          </li>
        ))}
      </ul>
      <YourImports />
    </div>
  );
}
