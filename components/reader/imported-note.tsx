import Link from "next/link";

/** Imported comparisons are aligned by code, not by editors: say so, and offer the corrections. */
export function ImportedNote({ slug }: { slug: string }) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 font-sans text-sm text-muted print:hidden">
      <span>
        Imported texts, aligned automatically: topics and counterparts are the aligner's, as corrected.
      </span>
      <Link
        href={`/compare/${slug}/edit`}
        className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-2"
      >
        Correct the alignment or delete
      </Link>
    </p>
  );
}
