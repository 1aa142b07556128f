"use client";

import { useMutation } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { AlignResult } from "@/lib/align";
import { proposalOf } from "@/lib/catalog/correction";
import type { AlignmentCorrection } from "@/lib/catalog/schema";
import { sourceNames } from "@/lib/corpus/source-names";
import { alignRequestOf, emptyDocument, importRequestOf, type Preview, previewKey } from "@/lib/import/draft";
import { buttonClass } from "../ui/button";
import { ApiError, sendJson } from "../ui/fetch-json";
import { AlignmentEditor } from "./alignment-editor";
import { DocumentFields } from "./document-fields";
import { saveEditKey } from "./edit-keys";
import { ErrorSummary, issuesByPath } from "./error-summary";
import { Field, INPUT_CLASS } from "./field";
import { type SavedImport, SavedImportPanel } from "./saved-import";
import { useDraft } from "./use-draft";

const PRIMARY = buttonClass({ variant: "primary" });
const FORM_ID = "import-form";
const SECONDARY = buttonClass({ variant: "secondary" });

/**
 * Paste or upload 2–4 texts, preview and correct the automatic alignment, save; then the edit key is
 * shown once (and kept in this browser) with the way into the reader.
 */
export function ImportForm() {
  const { draft, setDraft, loaded, clear } = useDraft();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saved, setSaved] = useState<SavedImport | null>(null);
  const key = previewKey(draft);
  const current = preview?.key === key ? preview : null;
  // Stable between keystrokes, so the editor's per-passage index is built once per alignment. Each text
  // is named by its outlet ("Fox News"), else its title, else numbered: never "News report" twice.
  const sources = draft.documents.map((d) => ({ kind: d.genre, outlet: d.outlet, title: d.title }));
  const labels = JSON.stringify([sourceNames(sources, ["outlet", "title"]), sources.map((s) => s.title)]);
  const editorDocuments = useMemo(() => {
    const [names, titles] = JSON.parse(labels) as [string[], string[]];
    return (
      current?.result.documents.map((d, i) => ({
        id: `doc-${i + 1}`,
        name: names[i] ?? `Text ${i + 1}`,
        title: titles[i] ?? "",
        passages: d.passages,
      })) ?? []
    );
  }, [current?.result, labels]);

  const align = useMutation({
    mutationFn: () => sendJson<AlignResult>("/api/align", "POST", alignRequestOf(draft)),
    onSuccess: (result) => setPreview({ key, result, correction: proposalOf(result) }),
  });
  const save = useMutation({
    mutationFn: () =>
      sendJson<{ slug: string; editKey: string }>(
        "/api/comparisons",
        "POST",
        importRequestOf(draft, current?.correction),
      ),
    onSuccess: ({ slug, editKey }) => {
      const title = draft.title.trim();
      saveEditKey(slug, editKey, title);
      clear();
      setPreview(null);
      setSaved({ slug, title, editKey });
    },
  });
  const error = save.error ?? align.error;
  const issues = error instanceof ApiError ? issuesByPath(error.issues) : {};
  const setCorrection = (correction: AlignmentCorrection) =>
    setPreview((p) => (p ? { ...p, correction } : p));
  if (saved) return <SavedImportPanel saved={saved} />;
  const saveButton = (
    <button type="submit" form={FORM_ID} className={PRIMARY} disabled={save.isPending}>
      {save.isPending ? "Saving…" : current ? "Save with these corrections" : "Save and open"}
    </button>
  );

  // The preview is outside the form: its topic manager has a form of its own (a nested form reloaded
  // the page and lost every correction), and Enter in a topic's name must not save the import.
  return (
    <div className="space-y-8">
      <form
        id={FORM_ID}
        className="space-y-8"
        // Interactive once hydrated with the saved draft: end-to-end tests wait for it before typing.
        data-ready={loaded || undefined}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <ErrorSummary error={current ? align.error : error} issues={issues} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="comparison-title" label="Title of the comparison" error={issues.title}>
            {(aria) => (
              <input
                {...aria}
                className={INPUT_CLASS}
                value={draft.title}
                onChange={(e) => setDraft({ ...draft, title: e.target.value })}
              />
            )}
          </Field>
          <Field id="comparison-description" label="Description (optional)" error={issues.description}>
            {(aria) => (
              <input
                {...aria}
                className={INPUT_CLASS}
                value={draft.description}
                onChange={(e) => setDraft({ ...draft, description: e.target.value })}
              />
            )}
          </Field>
        </div>
        {draft.documents.map((doc, i) => (
          <DocumentFields
            key={doc.key}
            index={i}
            doc={doc}
            errors={issues}
            onChange={(patch) =>
              setDraft({
                ...draft,
                documents: draft.documents.map((d, j) => (j === i ? { ...d, ...patch } : d)),
              })
            }
            onRemove={
              draft.documents.length > 2
                ? () => setDraft({ ...draft, documents: draft.documents.filter((_, j) => j !== i) })
                : undefined
            }
          />
        ))}
        {draft.documents.length < 4 && (
          <button
            type="button"
            className={SECONDARY}
            onClick={() => setDraft({ ...draft, documents: [...draft.documents, emptyDocument("other")] })}
          >
            Add a text
          </button>
        )}
        <Field
          id="topic-hints"
          label="Topics (optional)"
          hint="One per line, with keywords after a colon: “UN votes: veto, Security Council”. Leave empty and Parallax names topics from what the texts share."
          error={issues.topics}
        >
          {(aria) => (
            <textarea
              {...aria}
              rows={4}
              className={INPUT_CLASS}
              value={draft.topics}
              onChange={(e) => setDraft({ ...draft, topics: e.target.value })}
            />
          )}
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={SECONDARY}
            disabled={align.isPending}
            onClick={() => align.mutate()}
          >
            {align.isPending ? "Aligning…" : current ? "Align again" : "Preview the alignment"}
          </button>
          {!current && saveButton}
          <p role="status" className="font-sans text-sm text-muted">
            {preview && !current
              ? "The texts changed since the preview: align again to see the new alignment."
              : ""}
          </p>
        </div>
      </form>
      {current && (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="font-serif text-3xl font-bold">
            Proposed alignment
          </h2>
          <p className="text-muted">
            Check it before saving: rename, merge or delete topics, tick a passage's topics, and pick or clear
            its counterpart in each other text. You can correct it again after saving.
          </p>
          <AlignmentEditor
            documents={editorDocuments}
            correction={current.correction}
            onChange={setCorrection}
          />
          {/* Beside the button that failed: the top of the form is screens away from here. */}
          <div className="space-y-3 border-t border-border pt-4">
            <ErrorSummary error={save.error} issues={issues} />
            {saveButton}
          </div>
        </section>
      )}
    </div>
  );
}
