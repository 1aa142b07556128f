"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { nextShown } from "@/lib/classroom/answers-feed";
import type { Dashboard } from "@/lib/classroom/dashboard";
import { plural } from "@/lib/ui/plural";
import { classJson, classUrl } from "./class-api";
import { ConfirmPanel } from "./confirm-panel";
import { StudentCap } from "./student-cap";
import { StudentNotes } from "./student-notes";
import { SMALL } from "./ui";
import { useJoinAnnouncement } from "./use-join-announcement";

interface Props {
  classId: string;
  token: string;
  students: Dashboard["students"];
  maxStudents: number;
  labelNames: ReadonlyMap<string, string>;
  /** "News report ¶4": where a note was written. */
  passageNames: ReadonlyMap<string, string>;
}

const joinedAt = (iso: string) =>
  new Date(iso).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });

/** Students shown before "Show more": a lecture hall's roster stays a page, not 300 rows. */
const STEP = 30;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The roster: who joined and when, their progress and notes, a remove button each (after a confirmation
 * naming what is deleted), and the cap. Arrivals are announced politely, one message per update.
 */
export function StudentList(props: Props) {
  const { classId, token, students, maxStudents, labelNames, passageNames } = props;
  const arrivals = useJoinAnnouncement(students);
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [shown, setShown] = useState(STEP);
  const visible = students.slice(0, shown);
  const left = students.length - visible.length;
  const remove = useMutation({
    mutationFn: (student: { id: string; name: string }) =>
      classJson<void>(classUrl(classId, `/students/${encodeURIComponent(student.id)}`), {
        method: "DELETE",
        token,
      }),
    onSuccess: (_, student) => {
      setConfirming(null);
      setDone(`${student.name} was removed with their work.`);
      return queryClient.invalidateQueries({ queryKey: ["class", classId] });
    },
  });

  return (
    <div className="space-y-4 font-sans">
      <StudentCap classId={classId} token={token} joined={students.length} maxStudents={maxStudents} />
      {students.length === 0 ? (
        <p className="text-muted">No one has joined yet.</p>
      ) : (
        <ul className="divide-y divide-border rounded-md border border-border" data-students>
          {visible.map((s) => (
            <li key={s.id} className="space-y-2 p-3" data-student={s.name}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p>
                  <strong>{s.name}</strong>{" "}
                  <span className="text-sm text-muted">
                    joined <time dateTime={s.joinedAt}>{joinedAt(s.joinedAt)}</time> ·{" "}
                    {count(s.responses, "passage tagged", "passages tagged")} ·{" "}
                    {count(s.answers, "question answered", "questions answered")}
                  </span>
                </p>
                {confirming !== s.id && (
                  <button
                    type="button"
                    className={SMALL}
                    aria-label={`Remove ${s.name}`}
                    onClick={() => {
                      setDone(null);
                      remove.reset();
                      setConfirming(s.id);
                    }}
                  >
                    Remove
                  </button>
                )}
              </div>
              <StudentNotes
                classId={classId}
                token={token}
                student={s}
                labelNames={labelNames}
                passageNames={passageNames}
              />
              {confirming === s.id && (
                <ConfirmPanel
                  confirmLabel={`Yes, remove ${s.name}`}
                  pending={remove.isPending}
                  onConfirm={() => remove.mutate(s)}
                  onCancel={() => setConfirming(null)}
                >
                  Remove {s.name}? Their {count(s.responses, "tag", "tags")} and{" "}
                  {count(s.answers, "answer", "answers")} will be deleted, and their device can no longer
                  save. This cannot be undone.
                </ConfirmPanel>
              )}
            </li>
          ))}
        </ul>
      )}
      {left > 0 && (
        <button
          type="button"
          className={SMALL}
          onClick={() => setShown((n) => nextShown(n, students.length, STEP))}
        >
          Show {plural(Math.min(STEP, left), "more student")} ({left} not shown)
        </button>
      )}
      <p role="status" className="text-sm" data-roster-status>
        {done ?? arrivals}
      </p>
      {remove.error && (
        <p role="alert" className="text-sm font-semibold text-error">
          That did not work: {remove.error.message}
        </p>
      )}
    </div>
  );
}
