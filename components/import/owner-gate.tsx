"use client";

import Link from "next/link";
import { useState } from "react";
import { EditAlignment } from "./edit-alignment";
import { EditKeyForm } from "./edit-key-form";
import { forgetEditKey, useEditKey } from "./edit-keys";

interface Props {
  slug: string;
  title: string;
  /** Class activities on this comparison when the page was rendered. */
  activities: number;
}

/**
 * The editor for the browser that holds the comparison's edit key; for everyone else a read-only notice
 * and the form to enter the key. Decided after hydration: the key lives in this browser only.
 */
export function OwnerGate({ slug, title, activities }: Props) {
  const entry = useEditKey(slug);
  const [refused, setRefused] = useState(false);
  if (entry === undefined)
    return (
      <p role="status" className="text-muted">
        Looking for this comparison's edit key in this browser…
      </p>
    );
  if (entry)
    return (
      <EditAlignment
        slug={slug}
        editKey={entry.key}
        activities={activities}
        onKeyRefused={() => {
          setRefused(true);
          forgetEditKey(slug);
        }}
      />
    );
  return (
    <div className="space-y-6">
      <div className="max-w-2xl space-y-2 rounded-lg border border-border bg-surface p-4" data-read-only>
        <h2 className="font-serif text-2xl font-bold">Read only in this browser</h2>
        <p>
          Only the person who imported this comparison can correct or delete it, with the edit key they were
          given when they saved it. Everyone with the link can{" "}
          <Link href={`/compare/${slug}`} className="text-accent underline underline-offset-2">
            read it
          </Link>
          .
        </p>
      </div>
      {refused && (
        <p role="alert" className="font-sans font-semibold text-error">
          The edit key kept in this browser was refused: enter it again.
        </p>
      )}
      <EditKeyForm slug={slug} title={title} />
    </div>
  );
}
