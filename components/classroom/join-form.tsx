"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Field, INPUT_CLASS } from "../import/field";
import { useReadyMarker } from "../ui/use-ready-marker";
import { ClassApiError, classJson, type Joined } from "./class-api";
import { listSeats, saveSeat } from "./storage";
import { PRIMARY } from "./ui";

const retryWhen = (wait: number | null | undefined) =>
  wait ? `in ${wait < 90 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}` : "in a moment";

/** As the server stores codes: no spaces or dashes, upper case. */
const normalizeCode = (input: string) => input.replace(/[\s\-\u2010-\u2015]/g, "").toUpperCase();

/**
 * The tokens of seats this browser holds for this code (and older seats stored without a code), so the
 * server gives such a seat back instead of making a second one.
 */
function heldTokens(joinCode: string): string[] {
  return listSeats()
    .filter((s) => s.joinCode === undefined || s.joinCode === joinCode)
    .map((s) => s.studentToken)
    .slice(0, 20);
}

/** What a refusal means for the student, in words they can act on. */
function joinErrorMessage(error: Error): string {
  if (!(error instanceof ClassApiError))
    return "Could not reach the server. Check the connection and try again.";
  if (/resume code/.test(error.message))
    return error.status === 429
      ? `Too many tries with a wrong resume code. Try again ${retryWhen(error.retryAfter)}.`
      : "No seat in this activity has this resume code. Check both codes, or leave the resume code empty to join with your name.";
  if (error.status === 404) return "No activity has this code. Check it with your teacher and try again.";
  if (error.status === 409)
    return /full/.test(error.message)
      ? "This activity is full. Ask your teacher to allow more students."
      : "This activity is closed. Ask your teacher to reopen it.";
  if (error.status === 429) {
    const when = retryWhen(error.retryAfter);
    // Wrong codes are limited per network; a right code only ever waits for a busy moment.
    return /at once/.test(error.message)
      ? `Many people are joining from your network right now. Try again ${when}.`
      : `Too many tries with a wrong code. Try again ${when}.`;
  }
  if (error.status === 400) return "Check the code (six letters and digits) and your name.";
  return error.message;
}

/**
 * A code from the link the teacher shared (`/join?code=2XTYHR`), read in the browser: the page stays
 * static, and the server's request log never records queries (lib/ops/request-hooks.ts). Only something
 * shaped like a code is taken; the student still presses Join.
 */
function codeFromLink(): string {
  const code = normalizeCode(new URLSearchParams(window.location.search).get("code") ?? "");
  return /^[A-Z0-9]{6}$/.test(code) ? code : "";
}

/** A join code and a display name; the seat the server gives is kept in this browser for the class. */
export function JoinForm() {
  const router = useRouter();
  const [code, setCode] = useState("");
  // After hydration (the server-rendered field is empty); a code already typed is never overwritten.
  useEffect(() => {
    const linked = codeFromLink();
    if (linked) setCode((typed) => typed || linked);
  }, []);
  const [name, setName] = useState("");
  const [resumeCode, setResumeCode] = useState("");
  const readyRef = useReadyMarker<HTMLFormElement>();
  const resuming = resumeCode.trim() !== "";
  const join = useMutation({
    mutationFn: () => {
      const joinCode = normalizeCode(code);
      const body = resuming
        ? { joinCode, resumeCode: normalizeCode(resumeCode) }
        : { joinCode, name: name.trim(), studentTokens: heldTokens(joinCode) };
      return classJson<Joined>("/api/classes/join", { method: "POST", body });
    },
    onSuccess: (joined) => {
      const before = listSeats().find((s) => s.classId === joined.classId);
      saveSeat({
        classId: joined.classId,
        studentId: joined.studentId,
        studentToken: joined.studentToken,
        name: joined.name,
        joinCode: normalizeCode(code),
        resumeCode:
          joined.resumeCode ??
          (resuming
            ? normalizeCode(resumeCode)
            : before?.studentId === joined.studentId
              ? before.resumeCode
              : undefined),
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
        <div role="alert" className="rounded-lg border-2 border-error bg-surface p-4 font-sans">
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
      <Field
        id="join-name"
        label="Your name"
        hint={
          resuming
            ? "Not needed with a resume code: your seat keeps its name."
            : "As your teacher should see it. No account is made."
        }
      >
        {(aria) => (
          <input
            {...aria}
            required={!resuming}
            disabled={resuming}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="nickname"
            maxLength={60}
            className={INPUT_CLASS}
          />
        )}
      </Field>
      <details className="font-sans">
        <summary className="cursor-pointer font-semibold text-accent">
          Joined before on another device?
        </summary>
        <div className="mt-3">
          <Field
            id="join-resume"
            label="Resume code (optional)"
            hint="The eight letters and digits shown when you first joined. Your seat and work come back."
          >
            {(aria) => (
              <input
                {...aria}
                value={resumeCode}
                onChange={(e) => setResumeCode(e.target.value)}
                autoCapitalize="characters"
                autoComplete="off"
                autoCorrect="off"
                spellCheck={false}
                maxLength={32}
                className={`${INPUT_CLASS} font-mono uppercase tracking-[0.2em]`}
              />
            )}
          </Field>
        </div>
      </details>
      <button type="submit" className={PRIMARY} disabled={join.isPending}>
        {join.isPending ? "Joining…" : resuming ? "Take my seat back" : "Join"}
      </button>
    </form>
  );
}
