"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "../ui/button";
import { INPUT_CLASS } from "./field";
import { PICKER_BUTTON } from "./picker";

export interface SavedImport {
  slug: string;
  title: string;
  editKey: string;
}

const PRIMARY = buttonClass({ variant: "primary" });

function keyFile({ slug, title, editKey }: SavedImport, origin: string): string {
  return [
    `Parallax: the edit key of “${title}”`,
    "",
    `Comparison: ${origin}/compare/${slug}`,
    `Edit page:  ${origin}/compare/${slug}/edit`,
    `Edit key:   ${editKey}`,
    "",
    "Anyone with this key can change or delete this comparison. Keep it private; share only the",
    "comparison's link. On another device, open the edit page and enter the key.",
    "",
  ].join("\n");
}

/**
 * Shown once, right after saving: the edit key (this browser keeps it too), with ways to keep a copy.
 * The server stores only its hash, so a lost key cannot be recovered.
 */
export function SavedImportPanel({ saved }: { saved: SavedImport }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState("");
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(saved.editKey);
      setStatus("Copied the key.");
    } catch {
      // No clipboard outside secure contexts (a classroom server on plain http): select it instead.
      const field = document.getElementById("edit-key-value") as HTMLInputElement | null;
      field?.select();
      setStatus("Selected the key: press Ctrl+C (⌘C on a Mac) to copy it.");
    }
  };
  const download = () => {
    const url = URL.createObjectURL(
      new Blob([keyFile(saved, window.location.origin)], { type: "text/plain;charset=utf-8" }),
    );
    const a = document.createElement("a");
    a.href = url;
    a.download = `parallax-edit-key-${saved.slug}.txt`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
    setStatus("Downloaded the key as a text file.");
  };

  return (
    <section
      aria-labelledby="saved-heading"
      className="space-y-4 rounded-lg border-2 border-accent bg-surface p-4"
      data-saved-import={saved.slug}
    >
      <h2 id="saved-heading" ref={heading} tabIndex={-1} className="font-serif text-2xl font-bold">
        Saved. Keep your edit key
      </h2>
      <p>
        <strong>Anyone with this key can change or delete this comparison.</strong> This browser keeps it, so
        you can correct or delete “{saved.title}” from here. To do so from another device, save the key now:
        it is shown only this once, and it cannot be recovered. Share the comparison's link, never the key.
      </p>
      <div className="space-y-1">
        <label htmlFor="edit-key-value" className="block font-sans text-sm font-semibold">
          Edit key
        </label>
        <input
          id="edit-key-value"
          readOnly
          value={saved.editKey}
          className={`${INPUT_CLASS} font-mono`}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={PICKER_BUTTON} onClick={copy}>
          Copy the key
        </button>
        <button type="button" className={PICKER_BUTTON} onClick={download}>
          Download as a text file
        </button>
        <Link href={`/compare/${saved.slug}`} className={PRIMARY}>
          Open the comparison
        </Link>
      </div>
      <p role="status" className="font-sans text-sm text-muted">
        {status}
      </p>
    </section>
  );
}
