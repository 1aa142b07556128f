"use client";

import { useMemo } from "react";
import { PromptsPanel } from "./prompts-panel";
import { useStudentWork } from "./student-seat";
import { TagControl } from "./tag-control";

const UNTAGGED = "untagged";

/**
 * The student's tag under one server-rendered passage. Until the activity loads, a disabled control of
 * the same size holds its place.
 */
export function PassageTag({ passageId, name }: { passageId: string; name: string }) {
  const { activity, view, pending, drafts, send } = useStudentWork();
  // The draft found when this browser's storage was read: it seeds the control once.
  const firstDraft = useMemo(() => drafts?.tag(passageId), [drafts, passageId]);
  if (!activity || !view || !drafts)
    return (
      <TagControl
        key={UNTAGGED}
        passageId={passageId}
        name={name}
        labels={[]}
        current={null}
        pending={false}
        draft={undefined}
        disabled
        onDraft={() => "kept"}
        onSave={() => {}}
        onRemove={() => {}}
      />
    );
  const tag = view.responses.find((r) => r.passageId === passageId) ?? null;
  return (
    <TagControl
      // The placeholder's control is kept (no new DOM, so a save keeps the focus where it was), unless a
      // draft must seed it; a new saved tag resets the fields inside TagControl.
      key={firstDraft ? "draft" : UNTAGGED}
      passageId={passageId}
      name={name}
      labels={activity.labels}
      current={tag}
      pending={pending.has(passageId)}
      draft={drafts.tag(passageId)}
      onDraft={(d) =>
        d.label === (tag?.label ?? "") && d.note.trim() === (tag?.note ?? "")
          ? drafts.clearTag(passageId)
          : drafts.setTag(passageId, d)
      }
      onSave={(label, note) => send({ kind: "tag", passageId, label, note })}
      onRemove={() => send({ kind: "untag", passageId })}
    />
  );
}

/** The activity's questions with the student's answers (below the texts: no placeholder needed). */
export function Questions({ topicLabels }: { topicLabels: Record<string, string> }) {
  const { activity, view, pending, drafts, send } = useStudentWork();
  if (!activity || !view || !drafts) return <p className="font-sans text-muted">Loading the questions…</p>;
  const answers = new Map(view.answers.map((a) => [a.promptId, a.text]));
  const answerDrafts = new Map(
    activity.prompts.flatMap((p) => {
      const d = drafts.answer(p.id);
      return d === undefined ? [] : [[p.id, d] as const];
    }),
  );
  return (
    <PromptsPanel
      prompts={activity.prompts}
      topicLabels={new Map(Object.entries(topicLabels))}
      answers={answers}
      pending={pending}
      drafts={answerDrafts}
      onDraft={(promptId, text) =>
        text.trim() === (answers.get(promptId) ?? "")
          ? drafts.clearAnswer(promptId)
          : drafts.setAnswer(promptId, text)
      }
      onSave={(promptId, text) => send({ kind: "answer", promptId, text })}
    />
  );
}
