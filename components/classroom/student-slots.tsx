"use client";

import { plural } from "@/lib/ui/plural";
import { formatResumeCode } from "./held-seats";
import { LabelGuide } from "./label-guide";
import { useStudentWork } from "./student-seat";

/*
 * The workspace's seat-dependent parts above the texts. The server renders each empty, at the size it
 * will have, so nothing below moves when the activity arrives (no layout shift on a phone).
 */

/**
 * The activity's title. Its room is kept before it loads: two lines on a phone (most titles take two
 * there), one from sm up; a shorter title sits at the bottom of it, under the eyebrow.
 */
export function ActivityHeading() {
  const { activity } = useStudentWork();
  return (
    <h1 className="flex min-h-[1lh] flex-col justify-end font-serif text-3xl font-bold leading-tight max-sm:min-h-[2lh]">
      {activity?.title}
    </h1>
  );
}

/** The student's name, known from this browser's seat as soon as the page runs. */
export function JoinedAs() {
  const { seat, view } = useStudentWork();
  const name = view?.student.name ?? seat?.name;
  return (
    <p className="min-h-[1lh] text-muted">
      {name && (
        <>
          You joined as <strong className="text-fg">{name}</strong>.
        </>
      )}
    </p>
  );
}

/**
 * Class code and resume code, to take the seat to another device. Always there, about the same length
 * whatever the seat holds, with invisible stand-ins for the codes until the seat is read.
 */
export function DeviceNote() {
  const { seat } = useStudentWork();
  if (seat && !seat.resumeCode)
    return (
      <p className="font-sans text-sm">
        To continue on another device, join there with the class code and the resume code you got when
        joining.
      </p>
    );
  const code = seat?.joinCode;
  const resume = seat?.resumeCode;
  return (
    <p className="font-sans text-sm" data-resume-code={seat ? "" : undefined}>
      To continue on another device, join there with the class code
      {(code || !seat) && (
        <strong className={`font-mono tracking-wider ${code ? "" : "invisible"}`}> {code ?? "XXXXXX"}</strong>
      )}{" "}
      and your resume code{" "}
      <strong
        className={`font-mono tracking-wider ${resume ? "" : "invisible"}`}
        data-resume-value={resume ? "" : undefined}
      >
        {resume ? formatResumeCode(resume) : "XXXX XXXX"}
      </strong>
      .
    </p>
  );
}

/** How far the student is, and whether their changes have reached the teacher. */
export function MyWork() {
  const { activity, view, status, problem, waiting } = useStudentWork();
  const tagged = view?.responses.length;
  const closed = (activity && !activity.open) || status === "closed";
  const state = !activity
    ? "Loading…"
    : !activity.open && status !== "closed"
      ? "This activity is closed"
      : status === "closed"
        ? "This activity is closed"
        : status === "gone"
          ? "This activity is no longer available"
          : waiting > 0
            ? `Waiting to send (${waiting})`
            : "Saved";
  return (
    <>
      {/* Two lines on a phone, one from sm up, loaded or not. */}
      <p className="font-sans">
        <span className="max-sm:block">
          {tagged === undefined ? "Loading your work…" : `${plural(tagged, "passage")} tagged`}
        </span>
        <span className="max-sm:hidden"> · </span>
        <span className="max-sm:block">
          {view && activity
            ? `${view.answers.length} of ${plural(activity.prompts.length, "question")} answered`
            : "\u00a0"}
        </span>
      </p>
      <p
        role="status"
        data-save-state={status}
        className={`font-sans font-semibold ${closed ? "text-error" : ""}`}
      >
        {state}
      </p>
      {problem && status !== "closed" && (
        <p role="alert" className="font-sans text-sm text-error">
          {problem}
        </p>
      )}
    </>
  );
}

/** What the activity's labels mean: a closed disclosure, the same height before they load. */
export function ActivityLabels() {
  const { activity } = useStudentWork();
  return <LabelGuide labels={activity?.labels ?? []} />;
}
