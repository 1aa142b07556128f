"use client";

import Link from "next/link";
import { useEditKey } from "../import/edit-keys";

/**
 * Imported comparisons are aligned by code, not by editors: say so. The way to correct or delete one is
 * offered only in a browser that holds its edit key; everyone else reads it as it is.
 */
export function ImportedNote({ slug }: { slug: string }) {
  const owned = Boolean(useEditKey(slug));
  return (
    <p className="flex flex-wrap items-center gap-x-3 font-sans text-sm text-muted print:hidden">
      <span>
        Imported texts, aligned automatically: topics and counterparts are the aligner's, as corrected.
      </span>
      {owned && (
        <Link
          href={`/compare/${slug}/edit`}
          className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-2"
        >
          Correct the alignment or delete
        </Link>
      )}
    </p>
  );
}
