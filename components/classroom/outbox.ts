/**
 * A student's unsent writes. Pure helpers; `use-outbox.ts` keeps the queue in localStorage and sends
 * it. Each write keeps its clientId across retries, so a write the server applied but whose answer was
 * lost is replayed harmlessly (the API treats a known clientId as already done).
 */
import { ClassApiError, classFetch, classUrl, type Me } from "./class-api";

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

/**
 * 1 s, 2 s, 4 s … capped at 30 s, with jitter so a class that lost the network does not retry in step;
 * never sooner than the server asked (`atLeastMs`, from Retry-After).
 */
export function backoffMs(attempt: number, random = Math.random, atLeastMs = 0): number {
  const base = Math.min(30_000, 1000 * 2 ** attempt);
  return Math.max(atLeastMs, Math.round(base * (0.8 + 0.4 * random())));
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

export function classify(error: unknown, item: OutboxItem): Outcome {
  if (!(error instanceof ClassApiError)) return { kind: "retry" };
  const { status, message } = error;
  // Removing a tag the server no longer has is what the student wanted.
  if (status === 404 && item.kind === "untag") return { kind: "done" };
  // 429: over the per-student write rate; the server says when to come back (Retry-After).
  if (status === 429 && error.retryAfter) return { kind: "retry", afterMs: error.retryAfter * 1000 };
  if (status >= 500 || status === 408 || status === 429) return { kind: "retry" };
  if (status === 409) return { kind: "closed", message: "This activity is closed" };
  if (status === 401 || status === 404) return { kind: "gone", message };
  return { kind: "rejected", message };
}

export async function sendItem(classId: string, token: string, item: OutboxItem): Promise<Outcome> {
  try {
    if (item.kind === "tag") {
      const { passageId, label, note, clientId } = item;
      const body = { passageId, label, clientId, ...(note.trim() ? { note } : {}) };
      await classFetch(classUrl(classId, "/responses"), { method: "POST", token, body });
    } else if (item.kind === "untag") {
      const path = `/responses/${encodeURIComponent(item.passageId)}`;
      await classFetch(classUrl(classId, path), { method: "DELETE", token });
    } else {
      const { promptId, text, clientId } = item;
      await classFetch(classUrl(classId, "/answers"), {
        method: "POST",
        token,
        body: { promptId, text, clientId },
      });
    }
    return { kind: "done" };
  } catch (error) {
    return classify(error, item);
  }
}

/** The student's work with a write applied: used for sent writes (cache) and pending ones (overlay). */
export function applyItem(me: Me, item: OutboxItem): Me {
  const updatedAt = new Date().toISOString();
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
