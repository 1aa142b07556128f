/** What a compute job can answer instead of a result; each carries the HTTP status the route sends. */

export type TaskKind = "extract" | "align" | "cues";
export type StopReason = "time" | "memory" | "crash";

/** More work queued than the worker clears in about a minute: the caller should answer "busy, retry later". */
export class BusyError extends Error {
  readonly status = 429;
  readonly retryAfterSeconds = 15;
  constructor() {
    super("The server is busy aligning other texts. Try again in a few seconds.");
  }
}

/** Refused before or while running, by the task's own limits (too many elements, a passage too long). */
export class ComputeRefusedError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const WHAT: Record<TaskKind, { complex: string; large: string; advice: string }> = {
  extract: {
    complex: "This page is too complex to import",
    large: "This file is too large to import",
    advice: "Save the article alone, or copy its text and paste it.",
  },
  align: {
    complex: "These texts are too complex to align",
    large: "These texts are too large to align",
    advice: "Try shorter texts, or fewer of them.",
  },
  cues: {
    complex: "This comparison is too complex for a language-cue report",
    large: "This comparison is too large for a language-cue report",
    advice: "Its texts can still be read side by side.",
  },
};

/** The worker was stopped mid-job: over its time budget (422), its memory ceiling (413), or it crashed (422). */
export class ComputeStoppedError extends Error {
  readonly status: 413 | 422;
  constructor(
    readonly task: TaskKind,
    readonly reason: StopReason,
    limits: { budgetMs: number; heapMb: number },
  ) {
    const what = WHAT[task];
    const why =
      reason === "time"
        ? `${what.complex}: it took longer than ${limits.budgetMs / 1000} seconds.`
        : reason === "memory"
          ? `${what.large}: it needed more than ${limits.heapMb} MB of memory.`
          : `${what.complex}: it could not be processed.`;
    super(`${why} ${what.advice}`);
    this.status = reason === "memory" ? 413 : 422;
  }
}
