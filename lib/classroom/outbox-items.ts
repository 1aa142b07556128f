/**
 * A student's unsent writes, as data: their shapes, how they replace each other, how a refusal is read,
 * and how one is applied to the student's work.
 */

export type OutboxItem =
  | { kind: "tag"; passageId: string; label: string; note: string; clientId: string }
  | { kind: "untag"; passageId: string; clientId: string }
  | { kind: "answer"; promptId: string; text: string; clientId: string };

/** A write as the UI makes it; the outbox gives it its clientId. */
export type OutboxWrite = OutboxItem extends infer T
  ? T extends OutboxItem
    ? Omit<T, "clientId">
    : never
  : never;

/** Writes to the same passage or prompt replace each other: only the latest needs to reach the server. */
export function keyOf(item: OutboxItem): string {
  return item.kind === "answer" ? `a:${item.promptId}` : `p:${item.passageId}`;
}

export function enqueueItem(items: readonly OutboxItem[], item: OutboxItem): OutboxItem[] {
  return [...items.filter((i) => keyOf(i) !== keyOf(item)), item];
}

const str = (v: unknown): v is string => typeof v === "string";

/** What was stored, kept only where it is a well-formed item: a corrupt or old queue never breaks the page. */
export function parseOutbox(raw: unknown): OutboxItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((i): i is OutboxItem => {
    if (typeof i !== "object" || i === null || !str(i.clientId)) return false;
    if (i.kind === "tag") return str(i.passageId) && str(i.label) && str(i.note);
    if (i.kind === "untag") return str(i.passageId);
    return i.kind === "answer" && str(i.promptId) && str(i.text);
  });
}

/**
 * 1 s, 2 s, 4 s … capped at 30 s, with jitter so a class that lost the network does not retry in step;
 * never sooner than the server asked (`atLeastMs`, from Retry-After).
 */
export function backoffMs(attempt: number, random = Math.random, atLeastMs = 0): number {
  const base = Math.min(30_000, 1000 * 2 ** attempt);
  return Math.max(atLeastMs, Math.round(base * (0.8 + 0.4 * random())));
}

/** An HTTP refusal as the API client reports it (retryAfter: seconds from Retry-After). */
export interface Refusal {
  status: number;
  message: string;
  retryAfter: number | null;
}

export type Outcome =
  | { kind: "done" }
  /** Network failure, 5xx, 408 or 429: keep it and try again later (not before `afterMs`, if set). */
  | { kind: "retry"; afterMs?: number }
  /** 409: the teacher closed the activity. */
  | { kind: "closed"; message: string }
  /** 401 or 404: the seat or the activity is gone; nothing more can be sent. */
  | { kind: "gone"; message: string }
  /** Any other 4xx: this write can never succeed; drop it and say why. */
  | { kind: "rejected"; message: string };

/** What to do after a failed send: `refusal` is null when no answer came (offline, DNS, reset). */
export function classify(refusal: Refusal | null, item: OutboxItem): Outcome {
  if (!refusal) return { kind: "retry" };
  const { status, message } = refusal;
  // Removing a tag the server no longer has is what the student wanted.
  if (status === 404 && item.kind === "untag") return { kind: "done" };
  // 429: over the per-student write rate; the server says when to come back (Retry-After).
  if (status === 429 && refusal.retryAfter) return { kind: "retry", afterMs: refusal.retryAfter * 1000 };
  if (status >= 500 || status === 408 || status === 429) return { kind: "retry" };
  if (status === 409) return { kind: "closed", message: "This activity is closed" };
  if (status === 401 || status === 404) return { kind: "gone", message };
  return { kind: "rejected", message };
}

export interface Work {
  responses: { passageId: string; label: string; note: string | null; clientId: string; updatedAt: string }[];
  answers: { promptId: string; text: string; clientId: string; updatedAt: string }[];
}

/** The student's work with a write applied: used for sent writes (cache) and pending ones (overlay). */
export function applyItem<T extends Work>(me: T, item: OutboxItem, now = new Date()): T {
  const updatedAt = now.toISOString();
  if (item.kind === "answer") {
    const answers = me.answers.filter((a) => a.promptId !== item.promptId);
    const answer = { promptId: item.promptId, text: item.text, clientId: item.clientId, updatedAt };
    return { ...me, answers: [...answers, answer] };
  }
  const responses = me.responses.filter((r) => r.passageId !== item.passageId);
  if (item.kind === "untag") return { ...me, responses };
  const note = item.note.trim() ? item.note : null;
  const response = { passageId: item.passageId, label: item.label, note, clientId: item.clientId, updatedAt };
  return { ...me, responses: [...responses, response] };
}
