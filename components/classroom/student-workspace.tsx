"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { createDraftStore } from "@/lib/classroom/drafts";
import { applyItem, type OutboxItem, type OutboxWrite } from "@/lib/classroom/outbox";
import type { ComparisonText } from "@/lib/corpus/schema";
import { useReadyMarker } from "../ui/use-ready-marker";
import { ActivityTexts } from "./activity-texts";
import type { Activity, Me } from "./class-api";
import { newClientId } from "./client-id";
import { formatResumeCode } from "./held-seats";
import { LabelGuide } from "./label-guide";
import { PromptsPanel } from "./prompts-panel";
import { meQuery } from "./queries";
import { browserStorage, type StudentSeat } from "./storage";
import { TagControl } from "./tag-control";
import { type OutboxStatus, useOutbox } from "./use-outbox";

interface Props {
  seat: StudentSeat;
  activity: Activity;
  me: Me;
  comparison: ComparisonText;
}

function saveState(status: OutboxStatus, waiting: number): string {
  if (status === "closed") return "This activity is closed";
  if (status === "gone") return "This activity is no longer available";
  return waiting > 0 ? `Waiting to send (${waiting})` : "Saved";
}

/** Tag passages and answer prompts; every change is queued locally first, so nothing is lost offline. */
export function StudentWorkspace({ seat, activity, me, comparison }: Props) {
  const queryClient = useQueryClient();
  const { queryKey } = meQuery(seat.classId, seat.studentToken);
  const outbox = useOutbox({
    classId: seat.classId,
    studentId: seat.studentId,
    token: seat.studentToken,
    onSent: (item) => queryClient.setQueryData(queryKey, (m) => (m ? applyItem(m, item) : m)),
  });
  // Marks the workspace interactive (hydrated, queue loaded): end-to-end tests wait for it.
  const readyRef = useReadyMarker<HTMLDivElement>();

  // What the student sees: the server's copy with the unsent writes on top.
  const view = useMemo(() => outbox.items.reduce((m, item) => applyItem(m, item), me), [outbox.items, me]);
  const tags = new Map(view.responses.map((r) => [r.passageId, r]));
  const answers = new Map(view.answers.map((a) => [a.promptId, a.text]));
  const pending = new Set(outbox.items.map((i) => (i.kind === "answer" ? i.promptId : i.passageId)));
  const topicLabels = new Map(comparison.topics.map((t) => [t.id, t.label]));
  // Typed but unsaved work, kept in this browser as the student types (restored after a reload).
  const drafts = useMemo(
    () => createDraftStore(browserStorage(), seat.classId, seat.studentId),
    [seat.classId, seat.studentId],
  );
  const send = (item: OutboxWrite) => {
    // Queued from here on (the outbox keeps it), so the draft has done its job.
    if (item.kind === "answer") drafts.clearAnswer(item.promptId);
    else drafts.clearTag(item.passageId);
    outbox.enqueue({ ...item, clientId: newClientId() } as OutboxItem);
  };
  const answerDrafts = new Map(
    activity.prompts.flatMap((p) => {
      const d = drafts.answer(p.id);
      return d === undefined ? [] : [[p.id, d] as const];
    }),
  );
  const closed = !activity.open || outbox.status === "closed";

  return (
    <div className="space-y-8" ref={readyRef}>
      <header className="space-y-2">
        <p className="font-sans text-sm font-semibold uppercase tracking-wider text-muted">Class activity</p>
        <h1 className="font-serif text-3xl font-bold leading-tight">{activity.title}</h1>
        <p className="text-muted">
          On “{comparison.title}”. You joined as <strong className="text-fg">{view.student.name}</strong>.
        </p>
        {seat.resumeCode && (
          <p className="font-sans text-sm" data-resume-code>
            To continue on another device, join there with the class code
            {seat.joinCode ? <strong className="font-mono tracking-wider"> {seat.joinCode}</strong> : null}{" "}
            and your resume code{" "}
            <strong className="font-mono tracking-wider" data-resume-value>
              {formatResumeCode(seat.resumeCode)}
            </strong>
            .
          </p>
        )}
      </header>

      <section aria-labelledby="my-work" className="space-y-2 rounded-lg border border-border bg-surface p-4">
        <h2 id="my-work" className="font-sans text-lg font-semibold">
          My work
        </h2>
        <p className="font-sans">
          {view.responses.length} {view.responses.length === 1 ? "passage" : "passages"} tagged ·{" "}
          {view.answers.length} of {activity.prompts.length} questions answered
        </p>
        <p
          role="status"
          data-save-state={outbox.status}
          className={`font-sans font-semibold ${closed ? "text-error" : ""}`}
        >
          {!activity.open && outbox.status !== "closed"
            ? "This activity is closed"
            : saveState(outbox.status, outbox.items.length)}
        </p>
        {outbox.problem && outbox.status !== "closed" && (
          <p role="alert" className="font-sans text-sm text-error">
            {outbox.problem}
          </p>
        )}
        <p className="font-sans text-sm text-muted">
          Changes are kept in this browser until they reach your teacher, even if the connection drops.{" "}
          <a href="#questions" className="text-accent underline">
            Go to the questions
          </a>
        </p>
      </section>

      <LabelGuide labels={activity.labels} />

      <section aria-labelledby="texts-heading" className="space-y-4">
        <h2 id="texts-heading" className="font-sans text-xl font-semibold">
          Tag the passages
        </h2>
        <ActivityTexts
          comparison={comparison}
          topics={activity.topics}
          renderExtra={(p, name) => {
            const tag = tags.get(p.id) ?? null;
            return (
              <TagControl
                key={`${tag?.label}:${tag?.note}`}
                passageId={p.id}
                name={name}
                labels={activity.labels}
                current={tag}
                pending={pending.has(p.id)}
                draft={drafts.tag(p.id)}
                onDraft={(d) =>
                  d.label === (tag?.label ?? "") && d.note.trim() === (tag?.note ?? "")
                    ? drafts.clearTag(p.id)
                    : drafts.setTag(p.id, d)
                }
                onSave={(label, note) => send({ kind: "tag", passageId: p.id, label, note })}
                onRemove={() => send({ kind: "untag", passageId: p.id })}
              />
            );
          }}
        />
      </section>

      <section id="questions" aria-labelledby="questions-heading" className="scroll-mt-4 space-y-4">
        <h2 id="questions-heading" className="font-sans text-xl font-semibold">
          Questions
        </h2>
        <PromptsPanel
          prompts={activity.prompts}
          topicLabels={topicLabels}
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
      </section>
    </div>
  );
}
