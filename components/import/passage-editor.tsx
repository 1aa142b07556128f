"use client";

import { counterpartsOf, setCounterpart, togglePassageTopic } from "@/lib/catalog/correction";
import type { AlignmentCorrection } from "@/lib/catalog/schema";
import { INPUT_CLASS } from "./field";

export interface EditorPassage {
  id: string;
  type: string;
  text: string;
}

export interface EditorDocument {
  id: string;
  title: string;
  passages: EditorPassage[];
}

interface Props {
  passage: EditorPassage;
  number: number;
  documentId: string;
  documents: EditorDocument[];
  correction: AlignmentCorrection;
  documentOf: (passageId: string) => string | undefined;
  onChange: (next: AlignmentCorrection) => void;
}

const TYPE_LABELS: Record<string, string> = {
  heading: "Heading",
  "list-item": "List item",
  quote: "Quote",
  caption: "Caption",
};

function excerpt(text: string): string {
  return text.length > 70 ? `${text.slice(0, 70)}…` : text;
}

/** One passage of the preview: its text, its topics (toggles) and its counterpart in each other text. */
export function PassageEditor({
  passage,
  number,
  documentId,
  documents,
  correction,
  documentOf,
  onChange,
}: Props) {
  const topics = correction.passages[passage.id] ?? [];
  const counterparts = counterpartsOf(correction, passage.id);
  const others = documents.filter((d) => d.id !== documentId);
  const labelId = `${passage.id}-label`;

  return (
    <li
      aria-labelledby={labelId}
      className="space-y-2 rounded-md border border-border p-3"
      data-passage-editor={passage.id}
    >
      <p id={labelId} className="font-sans text-xs font-semibold uppercase tracking-wide text-muted">
        ¶{number}
        {TYPE_LABELS[passage.type] ? ` · ${TYPE_LABELS[passage.type]}` : ""}
        {counterparts.length === 0 ? " · only here" : ""}
      </p>
      <p className={passage.type === "heading" ? "font-serif font-bold" : "font-serif"}>{passage.text}</p>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">Topics of ¶{number}</legend>
        {correction.topics.map((t) => (
          <label
            key={t.id}
            className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-border px-2.5 font-sans text-sm"
          >
            <input
              type="checkbox"
              checked={topics.includes(t.id)}
              onChange={() => onChange(togglePassageTopic(correction, passage.id, t.id))}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      {others.map((other) => {
        const current = counterparts.find((c) => documentOf(c.id) === other.id);
        const selectId = `${passage.id}-in-${other.id}`;
        return (
          <div key={other.id} className="flex flex-wrap items-center gap-2">
            <label htmlFor={selectId} className="font-sans text-sm">
              Counterpart in “{other.title || other.id}”
              {current && current.score < 1 ? ` (confidence ${Math.round(current.score * 100)}%)` : ""}
            </label>
            <select
              id={selectId}
              className={`${INPUT_CLASS} w-auto max-w-full`}
              value={current?.id ?? ""}
              onChange={(e) =>
                onChange(setCounterpart(correction, passage.id, other.id, e.target.value || null, documentOf))
              }
            >
              <option value="">None (only here)</option>
              {other.passages.map((p, i) => (
                <option key={p.id} value={p.id}>
                  ¶{i + 1}: {excerpt(p.text)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </li>
  );
}
