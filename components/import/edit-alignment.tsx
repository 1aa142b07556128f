"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { correctionOf } from "@/lib/catalog/correction";
import type { EditSuggestions } from "@/lib/catalog/schema";
import type { ComparisonText } from "@/lib/corpus/schema";
import { sourceNames } from "@/lib/corpus/source-names";
import { comparisonQueryOptions } from "../comparison/comparison-query";
import { buttonClass } from "../ui/button";
import { ApiError, apiJson, sendJson } from "../ui/fetch-json";
import { AlignmentEditor } from "./alignment-editor";
import { DeleteComparison } from "./delete-comparison";
import { forgetEditKey } from "./edit-keys";
import { ErrorSummary } from "./error-summary";

const PRIMARY = buttonClass({ variant: "primary" });

interface Props {
  slug: string;
  editKey: string;
  activities: number;
  onKeyRefused: () => void;
}

/** The owner's editor: loads the comparison (only once a key is held) and saves corrections with the key. */
export function EditAlignment(props: Props) {
  const query = useQuery(comparisonQueryOptions(props.slug));
  if (query.data) return <Editor comparison={query.data} {...props} />;
  return (
    <p role="status" className="text-muted">
      {query.error ? `The comparison could not be loaded: ${query.error.message}` : "Loading the alignment…"}
    </p>
  );
}

function Editor({
  comparison,
  slug,
  editKey,
  activities,
  onKeyRefused,
}: Props & { comparison: ComparisonText }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const url = `/api/comparisons/${encodeURIComponent(slug)}`;
  const auth = { Authorization: `Bearer ${editKey}` };
  const [correction, setCorrection] = useState(() => correctionOf(comparison));
  // The suggestions kept at save come with the key, apart from the comparison every reader loads; the
  // editor works without them (an older import has none) and shows them once they arrive.
  const suggestions = useQuery({
    queryKey: ["suggestions", slug],
    queryFn: () => apiJson<EditSuggestions>(`${url}/suggestions`, { token: editKey, cache: "no-store" }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const candidates = suggestions.data?.candidates;
  const documents = useMemo(() => {
    const names = sourceNames(comparison.documents, ["outlet", "title"]);
    return comparison.documents.map((d, i) => ({
      id: d.id,
      name: names[i] ?? d.title,
      title: d.title,
      passages: d.passages.map((p) => ({ ...p, candidates: candidates?.[p.id] })),
    }));
  }, [comparison, candidates]);
  const refusedKey = (error: Error) => {
    if (error instanceof ApiError && error.status === 401) onKeyRefused();
  };
  const done = async (to: string) => {
    await queryClient.invalidateQueries({ queryKey: ["comparison", slug] });
    router.push(to);
    router.refresh();
  };
  const save = useMutation({
    mutationFn: () => sendJson(url, "PATCH", correction, auth),
    onSuccess: () => done(`/compare/${slug}`),
    onError: refusedKey,
  });
  const remove = useMutation({
    mutationFn: () => sendJson(url, "DELETE", undefined, auth),
    onSuccess: () => {
      forgetEditKey(slug);
      return done("/comparisons");
    },
    onError: refusedKey,
  });

  return (
    <div className="space-y-6">
      <ErrorSummary error={save.error ?? remove.error} issues={{}} />
      {suggestions.error && (
        <p role="status" className="font-sans text-sm text-muted">
          The aligner's suggestions could not be loaded ({suggestions.error.message}): you can still choose
          counterparts by searching.
        </p>
      )}
      <AlignmentEditor documents={documents} correction={correction} onChange={setCorrection} />
      <div className="flex flex-wrap items-start gap-3 border-t border-border pt-4">
        <button type="button" className={PRIMARY} disabled={save.isPending} onClick={() => save.mutate()}>
          {save.isPending ? "Saving…" : "Save corrections"}
        </button>
        <DeleteComparison
          title={comparison.title}
          activities={activities}
          pending={remove.isPending}
          onDelete={() => remove.mutate()}
        />
      </div>
    </div>
  );
}
