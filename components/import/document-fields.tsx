"use client";

import { useMutation } from "@tanstack/react-query";
import { type DocumentDraft, GENRES } from "@/lib/import/draft";
import type { ExtractedText } from "@/lib/import/types";
import { Button } from "../ui/button";
import { sendJson } from "../ui/fetch-json";
import { Field, INPUT_CLASS } from "./field";
import { TextField } from "./text-field";

interface Props {
  index: number;
  doc: DocumentDraft;
  errors: Readonly<Record<string, string>>;
  onChange: (patch: Partial<DocumentDraft>) => void;
  onRemove?: () => void;
}

/** One text of the import: pasted or uploaded (.txt, .md, .html), with its title, outlet, genre, date and URL. */
export function DocumentFields({ index, doc, errors, onChange, onRemove }: Props) {
  const id = (field: string) => `doc-${index + 1}-${field}`;
  const error = (field: string) => errors[`documents.${index}.${field}`];
  const upload = useMutation({
    mutationFn: async (file: File) =>
      sendJson<ExtractedText>("/api/import/extract", "POST", { name: file.name, content: await file.text() }),
    onSuccess: (extracted) =>
      onChange({
        text: extracted.text,
        ...(doc.title ? {} : extracted.title ? { title: extracted.title } : {}),
        ...(doc.publishedAt ? {} : extracted.publishedAt ? { publishedAt: extracted.publishedAt } : {}),
      }),
  });

  return (
    <fieldset className="space-y-4 rounded-lg border border-border bg-surface p-4">
      <legend className="px-1 font-serif text-xl font-bold">Text {index + 1}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("title")} label="Title" error={error("title")}>
          {(aria) => (
            <input
              {...aria}
              className={INPUT_CLASS}
              value={doc.title}
              onChange={(e) => onChange({ title: e.target.value })}
            />
          )}
        </Field>
        <Field id={id("outlet")} label="Outlet or author" error={error("outlet")}>
          {(aria) => (
            <input
              {...aria}
              className={INPUT_CLASS}
              value={doc.outlet}
              onChange={(e) => onChange({ outlet: e.target.value })}
            />
          )}
        </Field>
        <Field id={id("genre")} label="Genre" error={error("genre")}>
          {(aria) => (
            <select
              {...aria}
              className={INPUT_CLASS}
              value={doc.genre}
              onChange={(e) => onChange({ genre: e.target.value as DocumentDraft["genre"] })}
            >
              {GENRES.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id("date")} label="Date published (optional)" error={error("publishedAt")}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              className={INPUT_CLASS}
              value={doc.publishedAt}
              onChange={(e) => onChange({ publishedAt: e.target.value })}
            />
          )}
        </Field>
        <Field
          id={id("url")}
          label="Link (optional)"
          hint="Stored and shown, never fetched."
          error={error("url")}
          className="sm:col-span-2"
        >
          {(aria) => (
            <input
              {...aria}
              type="url"
              inputMode="url"
              className={INPUT_CLASS}
              value={doc.url}
              onChange={(e) => onChange({ url: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field
        id={id("file")}
        label="Upload a file (optional)"
        hint=".txt, .md or .html. A web page is reduced to its article text and cleaned of anything that could run."
        error={upload.error?.message}
      >
        {(aria) => (
          <input
            {...aria}
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            className="block font-sans text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-bg file:px-3 file:py-2 file:font-semibold file:text-fg"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) upload.mutate(file);
            }}
          />
        )}
      </Field>
      <p role="status" className="font-sans text-sm text-muted">
        {upload.isPending ? "Reading the file…" : upload.isSuccess ? "File read: its text is below." : ""}
      </p>
      <TextField
        id={id("text")}
        error={error("text")}
        text={doc.text}
        onText={(text) => onChange({ text })}
      />
      {onRemove && (
        <Button size="compact" onClick={onRemove}>
          Remove text {index + 1}
        </Button>
      )}
    </fieldset>
  );
}
