"use client";

import Link from "next/link";
import { useEditKey } from "../import/edit-keys";

/** The way to correct or delete an import, offered only in a browser that holds its edit key. */
export function ImportEditLink({ slug }: { slug: string }) {
  if (!useEditKey(slug)) return null;
  return (
    <Link
      href={`/compare/${slug}/edit`}
      className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-2"
    >
      Correct the alignment or delete
    </Link>
  );
}
