"use client";

import type { LabelDraft, PromptDraft } from "@/lib/classroom/activity-request";
import { SMALL } from "./ui";

export type { LabelDraft, PromptDraft };

const AREA = "w-full rounded-md border border-border bg-surface px-3 py-2 font-sans text-base text-fg";

interface ListProps<T> {
  items: readonly T[];
  onChange: (key: string, patch: Partial<T>) => void;
  onRemove: (key: string) => void;
  onAdd: () => void;
}

/** The discussion prompts students will answer: edit, remove, add. */
export function PromptEditor({
  items,
  onChange,
  onRemove,
  onAdd,
  topicLabels,
}: ListProps<PromptDraft> & { topicLabels: ReadonlyMap<string, string> }) {
  return (
    <div className="space-y-3">
      <ol className="space-y-4">
        {items.map((p, i) => (
          <li key={p.key} className="space-y-1 rounded-md border border-border bg-surface p-3">
            <label htmlFor={`prompt-${p.key}`} className="block font-sans text-sm font-semibold">
              Prompt {i + 1}
              <span className="font-normal text-muted">
                {" "}
                · {p.topic ? (topicLabels.get(p.topic) ?? p.topic) : "both texts"}
              </span>
            </label>
            {p.context && <p className="font-sans text-xs text-muted">About: {p.context}</p>}
            <textarea
              id={`prompt-${p.key}`}
              rows={2}
              maxLength={500}
              value={p.text}
              onChange={(e) => onChange(p.key, { text: e.target.value })}
              className={AREA}
            />
            <button type="button" className={SMALL} onClick={() => onRemove(p.key)}>
              Remove<span className="sr-only"> prompt {i + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className={SMALL} onClick={onAdd}>
        Add a prompt
      </button>
    </div>
  );
}

/** The labels students tag passages with: rename, remove, add. */
export function LabelEditor({ items, onChange, onRemove, onAdd }: ListProps<LabelDraft>) {
  return (
    <div className="space-y-3">
      <ol className="grid gap-3 sm:grid-cols-2">
        {items.map((l, i) => (
          <li key={l.key} className="space-y-1 rounded-md border border-border bg-surface p-3">
            <label htmlFor={`label-${l.key}`} className="block font-sans text-sm font-semibold">
              Label {i + 1}
            </label>
            <input
              id={`label-${l.key}`}
              value={l.label}
              maxLength={60}
              onChange={(e) => onChange(l.key, { label: e.target.value })}
              className={AREA}
            />
            {l.description && <p className="font-sans text-xs text-muted">{l.description}</p>}
            <button
              type="button"
              className={SMALL}
              onClick={() => onRemove(l.key)}
              disabled={items.length <= 1}
            >
              Remove<span className="sr-only"> label {i + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className={SMALL} onClick={onAdd}>
        Add a label
      </button>
    </div>
  );
}
