import Link from "next/link";
import type { ComparisonText } from "@/lib/corpus/schema";
import { ImportEditLink } from "./imported-note";

/** The comparison's title and description, with the way into a class activity (hidden in print). */
export function ReaderHeader({ comparison }: { comparison: ComparisonText }) {
  return (
    <header className="space-y-1 sm:space-y-2 print:hidden">
      <h1 className="font-serif text-xl font-bold leading-tight sm:text-2xl lg:text-3xl">
        {comparison.title}
      </h1>
      {comparison.description && (
        <p className="max-w-4xl text-muted max-md:line-clamp-2 max-md:text-sm">{comparison.description}</p>
      )}
      {/* Imported comparisons are aligned by code, not by editors: say so. Everyone reads them as they are. */}
      {comparison.origin === "import" && (
        <p className="flex flex-wrap items-center gap-x-3 font-sans text-sm text-muted print:hidden">
          <span>
            Imported texts, aligned automatically: topics and counterparts are the aligner's, as corrected.
          </span>
          <ImportEditLink slug={comparison.slug} />
        </p>
      )}
      <p className="font-sans text-sm">
        <Link
          href={`/classes/new?comparison=${encodeURIComponent(comparison.slug)}`}
          className="inline-flex min-h-6 items-center font-semibold text-accent underline underline-offset-2"
        >
          Run a class activity
        </Link>
      </p>
    </header>
  );
}
