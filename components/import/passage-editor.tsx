"use client";

import { counterpartsOf, togglePassageTopic } from "@/lib/catalog/correction";
import type { PickerOption } from "@/lib/catalog/picker-match";
import type { AlignmentCorrection } from "@/lib/catalog/schema";
import { type Candidate, isOnlyHere } from "@/lib/import/confidence";
import { CounterpartRow } from "./counterpart-row";
import { PickerToggle } from "./picker";

export interface EditorPassage {
  id: string;
  type: string;
  text: string;
  /** The aligner's ranked suggestions in the other texts (a preview has them; a saved comparison not). */
  candidates?: readonly Candidate[];
}

export interface EditorDocument {
  id: string;
  title: string;
  /** Short and distinct from the other texts' names: "Fox News" (see sourceNames). */
  name: string;
  passages: EditorPassage[];
}

/** Built once per editor, shared by every passage: nothing here grows with passages × options. */
export interface EditorIndex {
  documentOf: (passageId: string) => string | undefined;
  /** Passage id → its number in its text and its text. */
  passages: ReadonlyMap<string, { number: number; text: string }>;
  topicLabels: ReadonlyMap<string, string>;
  topicOptions: readonly PickerOption[];
  /** Document id → its passages as picker options. */
  passageOptions: ReadonlyMap<string, readonly PickerOption[]>;
}

interface Props {
  passage: EditorPassage;
  number: number;
  documentId: string;
  documents: readonly EditorDocument[];
  correction: AlignmentCorrection;
  index: EditorIndex;
  onChange: (next: AlignmentCorrection) => void;
}

const TYPE_LABELS: Record<string, string> = {
  heading: "Heading",
  "list-item": "List item",
  quote: "Quote",
  caption: "Caption",
};

/** One passage: its text, its topics (removable chips, one "Add topic") and its counterpart in each other text. */
export function PassageEditor({
  passage,
  number,
  documentId,
  documents,
  correction,
  index,
  onChange,
}: Props) {
  const topics = correction.passages[passage.id] ?? [];
  const counterparts = counterpartsOf(correction, passage.id);
  const labelId = `${passage.id}-label`;
  const addable = index.topicOptions.filter((t) => !topics.includes(t.id));

  return (
    <li
      aria-labelledby={labelId}
      className="space-y-2 rounded-md border border-border p-3"
      data-passage-editor={passage.id}
    >
      <p id={labelId} className="font-sans text-xs font-semibold uppercase tracking-wide text-muted">
        ¶{number}
        {TYPE_LABELS[passage.type] ? ` · ${TYPE_LABELS[passage.type]}` : ""}
        {isOnlyHere(counterparts) ? " · only here" : ""}
      </p>
      <p className={passage.type === "heading" ? "font-serif font-bold" : "font-serif"}>{passage.text}</p>
      <div className="flex flex-wrap items-center gap-2 font-sans text-sm">
        <span className="text-muted">Topics:</span>
        {topics.length === 0 && <span className="text-muted">none</span>}
        {topics.length > 0 && (
          <ul className="flex flex-wrap items-center gap-2">
            {topics.map((t) => (
              <li
                key={t}
                className="inline-flex min-h-8 items-center gap-1 rounded-full border border-border pl-2.5"
              >
                {index.topicLabels.get(t) ?? t}
                <button
                  type="button"
                  className="min-h-8 min-w-8 rounded-full hover:bg-bg"
                  onClick={() => onChange(togglePassageTopic(correction, passage.id, t))}
                >
                  <span aria-hidden="true">×</span>
                  <span className="sr-only">
                    Remove topic “{index.topicLabels.get(t) ?? t}” from ¶{number}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {addable.length > 0 && (
          <PickerToggle
            label={`Topic to add to ¶${number}`}
            options={addable}
            onPick={(id) => onChange(togglePassageTopic(correction, passage.id, id))}
          >
            Add topic<span className="sr-only"> to ¶{number}</span>
          </PickerToggle>
        )}
      </div>
      {documents
        .filter((d) => d.id !== documentId)
        .map((other) => (
          <CounterpartRow
            key={other.id}
            passageId={passage.id}
            number={number}
            other={{ id: other.id, name: other.name }}
            current={counterparts.filter((c) => index.documentOf(c.id) === other.id)}
            candidates={passage.candidates ?? []}
            correction={correction}
            index={index}
            onChange={onChange}
          />
        ))}
    </li>
  );
}
