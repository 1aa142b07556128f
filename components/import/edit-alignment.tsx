"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { correctionOf } from "@/lib/catalog/correction";
import type { Comparison } from "@/lib/corpus/schema";
import { sendJson } from "../ui/fetch-json";
import { AlignmentEditor } from "./alignment-editor";
import { ErrorSummary } from "./error-summary";

const PRIMARY =
  "min-h-11 rounded-md bg-accent px-4 font-sans font-semibold text-accent-fg disabled:opacity-60";
const SECONDARY = "min-h-11 rounded-md border border-border px-4 font-sans font-semibold";

/** A saved import's alignment, corrected and saved again (PATCH), or the whole comparison deleted. */
export function EditAlignment({ comparison }: { comparison: Comparison }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const url = `/api/comparisons/${comparison.slug}`;
  const [correction, setCorrection] = useState(() => correctionOf(comparison));
  const [confirming, setConfirming] = useState(false);
  const done = async (to: string) => {
    await queryClient.invalidateQueries({ queryKey: ["comparison", comparison.slug] });
    router.push(to);
    router.refresh();
  };
  const save = useMutation({
    mutationFn: () => sendJson(url, "PATCH", correction),
    onSuccess: () => done(`/compare/${comparison.slug}`),
  });
  const remove = useMutation({
    mutationFn: () => sendJson(url, "DELETE"),
    onSuccess: () => done("/comparisons"),
  });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="font-sans text-sm">
          <Link href={`/compare/${comparison.slug}`} className="text-accent underline underline-offset-2">
            Back to the reader
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">Correct the alignment: {comparison.title}</h1>
      </header>
      <ErrorSummary error={save.error ?? remove.error} issues={{}} />
      <AlignmentEditor
        documents={comparison.documents.map((d) => ({ id: d.id, title: d.title, passages: d.passages }))}
        correction={correction}
        onChange={setCorrection}
      />
      <div className="flex flex-wrap items-center gap-3 border-t border-border pt-4">
        <button type="button" className={PRIMARY} disabled={save.isPending} onClick={() => save.mutate()}>
          {save.isPending ? "Saving…" : "Save corrections"}
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className={`${SECONDARY} border-[color:var(--error)]`}
              onClick={() => remove.mutate()}
            >
              Yes, delete this comparison
            </button>
            <button type="button" className={SECONDARY} onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className={SECONDARY} onClick={() => setConfirming(true)}>
            Delete this comparison…
          </button>
        )}
      </div>
    </div>
  );
}
