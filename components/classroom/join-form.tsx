"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, INPUT_CLASS } from "../import/field";
import { useReadyMarker } from "../ui/use-ready-marker";
import { ClassApiError, classJson, type Joined } from "./class-api";
import { saveSeat } from "./storage";
import { PRIMARY } from "./ui";

/** What a refusal means for the student, in words they can act on. */
function joinErrorMessage(error: Error): string {
  if (!(error instanceof ClassApiError))
    return "Could not reach the server. Check the connection and try again.";
  if (error.status === 404) return "No activity has this code. Check it with your teacher and try again.";
  if (error.status === 409)
    return /full/.test(error.message)
      ? "This activity is full. Ask your teacher to allow more students."
      : "This activity is closed. Ask your teacher to reopen it.";
  if (error.status === 429) {
    const wait = error.retryAfter;
    const when = wait
      ? `in ${wait < 90 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}`
      : "in a moment";
    // Wrong codes are limited per network; a right code only ever waits for a busy moment.
    return /at once/.test(error.message)
      ? `Many people are joining from your network right now. Try again ${when}.`
      : `Too many tries with a wrong code. Try again ${when}.`;
  }
  if (error.status === 400) return "Check the code (six letters and digits) and your name.";
  return error.message;
}

/** A join code and a display name; the seat the server gives is kept in this browser for the class. */
export function JoinForm() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const readyRef = useReadyMarker<HTMLFormElement>();
  const join = useMutation({
    mutationFn: () =>
      classJson<Joined>("/api/classes/join", { method: "POST", body: { joinCode: code, name: name.trim() } }),
    onSuccess: (joined) => {
      saveSeat({
        classId: joined.classId,
        studentId: joined.studentId,
        studentToken: joined.studentToken,
        name: name.trim(),
      });
      router.push(`/classes/${encodeURIComponent(joined.classId)}/student`);
    },
  });

  return (
    <form
      className="max-w-md space-y-5"
      ref={readyRef}
      onSubmit={(e) => {
        e.preventDefault();
        join.mutate();
      }}
    >
      {join.error && (
        <div
          role="alert"
          className="rounded-lg border-2 border-[color:var(--error)] bg-surface p-4 font-sans"
        >
          <p className="font-semibold">Could not join.</p>
          <p className="text-sm">{joinErrorMessage(join.error)}</p>
        </div>
      )}
      <Field id="join-code" label="Join code" hint="Six letters and digits, as your teacher shows them.">
        {(aria) => (
          <input
            {...aria}
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            maxLength={32}
            className={`${INPUT_CLASS} font-mono text-2xl uppercase tracking-[0.3em]`}
          />
        )}
      </Field>
      <Field id="join-name" label="Your name" hint="As your teacher should see it. No account is made.">
        {(aria) => (
          <input
            {...aria}
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="nickname"
            maxLength={60}
            className={INPUT_CLASS}
          />
        )}
      </Field>
      <button type="submit" className={PRIMARY} disabled={join.isPending}>
        {join.isPending ? "Joining…" : "Join"}
      </button>
    </form>
  );
}
