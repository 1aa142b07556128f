"use client";

import { useRef, useState } from "react";
import type { DraftSave, TagDraft } from "@/lib/classroom/drafts";
import type { ActivityLabel } from "@/lib/classroom/labels";
import { SMALL } from "./ui";

interface Props {
  passageId: string;
  /** "¶4" or "comment 3 ¶2": names the controls, so each is distinct for screen readers. */
  name: string;
  labels: readonly ActivityLabel[];
  current: { label: string; note: string | null } | null;
  /** The current tag is queued, not yet accepted by the server. */
  pending: boolean;
  /** A label or note chosen but not saved, from an earlier visit (see lib/classroom/drafts.ts). */
  draft: TagDraft | undefined;
  onDraft: (draft: TagDraft) => DraftSave;
  onSave: (label: string, note: string) => void;
  onRemove: () => void;
  /** Before the activity loads: the control's place, at its size, not yet usable. */
  disabled?: boolean;
}

const INPUT = "min-h-9 rounded-md border border-border bg-surface px-2 font-sans text-sm text-fg";

/** The student's tag on one passage: a label, an optional note, Save and Remove, and what is saved. */
export function TagControl(props: Props) {
  const { passageId, name, labels, current, pending, draft, onDraft, onSave, onRemove, disabled } = props;
  const [label, setLabel] = useState(draft?.label ?? current?.label ?? "");
  const [note, setNote] = useState(draft?.note ?? current?.note ?? "");
  const [kept, setKept] = useState<DraftSave>("kept");
  // A new saved tag (this student's save, a removal, another device's) resets the fields in place: the
  // form is not re-created, so the button just pressed keeps the keyboard focus.
  const saved = current ? `${current.label}\n${current.note ?? ""}` : "";
  const [shownSaved, setShownSaved] = useState(saved);
  if (shownSaved !== saved) {
    setShownSaved(saved);
    setLabel(current?.label ?? "");
    setNote(current?.note ?? "");
    setKept("kept");
  }
  const labelRef = useRef<HTMLSelectElement>(null);
  const edited = label !== (current?.label ?? "") || note.trim() !== (current?.note ?? "");
  const change = (next: TagDraft) => {
    setLabel(next.label);
    setNote(next.note);
    setKept(onDraft(next));
  };
  const id = `tag-${passageId}`;
  const currentLabel = labels.find((l) => l.id === current?.label)?.label ?? current?.label;
  return (
    <form
      className="mt-2 space-y-1.5 rounded-md border border-border bg-bg p-2 font-sans text-sm"
      data-tag={passageId}
      onSubmit={(e) => {
        e.preventDefault();
        if (label) onSave(label, note.trim());
      }}
    >
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-label`} className="font-semibold">
          Label<span className="sr-only"> for {name}</span>
        </label>
        <select
          ref={labelRef}
          id={`${id}-label`}
          value={label}
          disabled={disabled}
          onChange={(e) => change({ label: e.target.value, note })}
          className={`${INPUT} max-w-full`}
        >
          <option value="">Choose…</option>
          {labels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-note`} className="sr-only">
          Note for {name} (optional)
        </label>
        <input
          id={`${id}-note`}
          value={note}
          maxLength={1000}
          placeholder="Note (optional)"
          disabled={disabled}
          onChange={(e) => change({ label, note: e.target.value })}
          className={`${INPUT} min-w-0 flex-1 basis-40`}
        />
        <button type="submit" className={SMALL} disabled={disabled || !label}>
          Save<span className="sr-only"> tag for {name}</span>
        </button>
        {current && (
          <button
            type="button"
            className={SMALL}
            onClick={() => {
              // The button goes with the tag: focus moves to the passage's label, not to the page's top.
              labelRef.current?.focus();
              onRemove();
            }}
          >
            Remove<span className="sr-only"> tag from {name}</span>
          </button>
        )}
      </div>
      <p className="text-muted" data-tag-state>
        {disabled ? (
          "Loading your tag…"
        ) : current ? (
          <>
            Your tag: <strong className="text-fg">{currentLabel}</strong>
            {current.note ? ` (“${current.note}”)` : ""} · {pending ? "Waiting to send" : "Saved"}
          </>
        ) : pending ? (
          "Tag removed · Waiting to send"
        ) : (
          "Not tagged yet"
        )}
        {edited && !pending && (
          <span data-draft-state>
            {" "}
            ·{" "}
            {kept === "kept"
              ? "Draft kept in this browser · not yet sent"
              : "Not yet sent, and this browser could not keep a copy: press Save"}
          </span>
        )}
      </p>
    </form>
  );
}
