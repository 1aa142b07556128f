"use client";

import { useState } from "react";
import type { DraftSave } from "@/lib/classroom/drafts";
import type { ActivityPrompt } from "@/lib/classroom/prompts";
import { SMALL } from "./ui";

interface Props {
  prompts: readonly ActivityPrompt[];
  topicLabels: ReadonlyMap<string, string>;
  answers: ReadonlyMap<string, string>;
  pending: ReadonlySet<string>;
  /** Typed but not saved, from an earlier visit (see lib/classroom/drafts.ts). */
  drafts: ReadonlyMap<string, string>;
  onDraft: (promptId: string, text: string) => DraftSave;
  onSave: (promptId: string, text: string) => void;
}

/** What the student sees under an answer: sent, waiting, or typed and kept only in this browser. */
function answerState(saved: string | undefined, text: string, pending: boolean, kept: DraftSave): string {
  if (pending) return "Waiting to send";
  if (text.trim() && text.trim() !== (saved ?? ""))
    return kept === "kept"
      ? "Draft kept in this browser · not yet sent"
      : "Not yet sent, and this browser could not keep a copy: press Save answer";
  return saved === undefined ? "No answer saved yet" : "Saved";
}

function AnswerBox({
  prompt,
  n,
  saved,
  pending,
  draft,
  onDraft,
  onSave,
}: {
  prompt: ActivityPrompt;
  n: number;
  saved: string | undefined;
  pending: boolean;
  draft: string | undefined;
  onDraft: (text: string) => DraftSave;
  onSave: (text: string) => void;
}) {
  const [text, setText] = useState(draft ?? saved ?? "");
  const [kept, setKept] = useState<DraftSave>("kept");
  const id = `answer-${prompt.id}`;
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSave(text.trim());
      }}
    >
      {prompt.context && <p className="font-sans text-sm text-muted">{prompt.context}</p>}
      <label htmlFor={id} className="block font-sans font-semibold">
        {prompt.text}
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={2000}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setKept(onDraft(e.target.value));
        }}
        className="w-full rounded-md border border-border bg-surface px-3 py-2 font-sans text-base text-fg"
      />
      <p className="flex flex-wrap items-center gap-3 font-sans text-sm">
        <button type="submit" className={SMALL} disabled={!text.trim()}>
          Save answer<span className="sr-only"> {n}</span>
        </button>
        <span className="text-muted" data-answer-state>
          {answerState(saved, text, pending, kept)}
        </span>
      </p>
    </form>
  );
}

/** The activity's prompts, by topic, each with the student's answer. */
export function PromptsPanel({ prompts, topicLabels, answers, pending, drafts, onDraft, onSave }: Props) {
  return (
    <ol className="space-y-6">
      {prompts.map((p, i) => (
        <li key={p.id} className="rounded-lg border border-border bg-surface p-4">
          <p className="mb-1 font-sans text-xs font-bold uppercase tracking-wider text-muted">
            Question {i + 1}
            {p.topic ? ` · ${topicLabels.get(p.topic) ?? p.topic}` : ""}
          </p>
          <AnswerBox
            prompt={p}
            n={i + 1}
            saved={answers.get(p.id)}
            pending={pending.has(p.id)}
            draft={drafts.get(p.id)}
            onDraft={(text) => onDraft(p.id, text)}
            onSave={(text) => onSave(p.id, text)}
          />
        </li>
      ))}
    </ol>
  );
}
