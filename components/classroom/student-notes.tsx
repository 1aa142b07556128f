"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { classJson, classUrl } from "./class-api";
import { retryTransient } from "./queries";

interface Props {
  classId: string;
  token: string;
  student: { id: string; name: string; notes: number };
  labelNames: ReadonlyMap<string, string>;
  passageNames: ReadonlyMap<string, string>;
}

type Notes = { notes: { passageId: string; label: string; note: string }[] };

/** A student's notes on their tags, folded; fetched when opened (and again when their count changes). */
export function StudentNotes({ classId, token, student, labelNames, passageNames }: Props) {
  const [open, setOpen] = useState(false);
  const notes = useQuery({
    queryKey: ["class", classId, "notes", student.id, student.notes, token] as const,
    queryFn: () =>
      classJson<Notes>(classUrl(classId, `/students/${encodeURIComponent(student.id)}`), { token }),
    enabled: open && student.notes > 0,
    retry: retryTransient,
  });
  if (student.notes === 0) return null;
  return (
    <details className="text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold text-accent">
        {student.notes === 1 ? "1 note" : `${student.notes} notes`}
        <span className="sr-only"> by {student.name}</span>
      </summary>
      {notes.error ? (
        <p className="mt-2" role="alert">
          Could not load the notes: {notes.error.message}
        </p>
      ) : !notes.data ? (
        <p className="mt-2 text-muted">Loading the notes…</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {notes.data.notes.map((n) => (
            <li key={n.passageId}>
              <span className="text-muted">
                {passageNames.get(n.passageId) ?? n.passageId} · {labelNames.get(n.label) ?? n.label}:
              </span>{" "}
              “{n.note}”
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
