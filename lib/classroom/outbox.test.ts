import { describe, expect, it, vi } from "vitest";
import {
  applyItem,
  backoffMs,
  classify,
  createOutbox,
  type OutboxItem,
  type OutboxOptions,
  type Outcome,
  parseOutbox,
  type Work,
} from "./outbox";

const tag = (passageId: string, clientId: string, label = "fact"): OutboxItem => ({
  kind: "tag",
  passageId,
  label,
  note: "",
  clientId,
});
const answer = (promptId: string, clientId: string): OutboxItem => ({
  kind: "answer",
  promptId,
  text: "Because.",
  clientId,
});

/** An outbox with a scripted server, manual timers and an in-memory store. */
function harness(outcomes: Outcome[], overrides: Partial<OutboxOptions> = {}) {
  let stored: unknown = null;
  const timers: { run: () => void; ms: number }[] = [];
  const sentIds: string[] = [];
  const delivered: OutboxItem[] = [];
  const box = createOutbox({
    load: () => stored,
    save: (items) => {
      stored = JSON.parse(JSON.stringify(items));
    },
    send: async (item) => {
      sentIds.push(item.clientId);
      return outcomes.shift() ?? { kind: "done" };
    },
    onChange: () => {},
    onSent: (item) => delivered.push(item),
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => {},
    random: () => 0.5,
    ...overrides,
  });
  return { box, timers, sentIds, delivered, stored: () => stored };
}

describe("the outbox", () => {
  it("sends oldest first, keeps only the latest write per passage or prompt, empties the store", async () => {
    const h = harness([]);
    h.box.enqueue(tag("p1", "a"));
    h.box.enqueue(answer("q1", "b"));
    h.box.enqueue(tag("p1", "c", "opinion"));
    await h.box.flush();
    await vi.waitFor(() => expect(h.box.state().status).toBe("idle"));
    // "a" was already in flight when "c" replaced it; "c" is sent after it.
    expect(h.sentIds).toEqual(["a", "b", "c"]);
    expect(h.delivered.at(-1)).toMatchObject({ clientId: "c", label: "opinion" });
    expect(h.box.state().items).toEqual([]);
    expect(h.stored()).toEqual([]);
  });

  it("retries a failed send with backoff, never before Retry-After, with the same clientId", async () => {
    const h = harness([{ kind: "retry" }, { kind: "retry", afterMs: 45_000 }, { kind: "done" }]);
    h.box.enqueue(answer("q1", "same-id"));
    await vi.waitFor(() => expect(h.timers).toHaveLength(1));
    expect(h.timers[0]?.ms).toBe(1000);
    expect(h.box.state()).toMatchObject({ status: "waiting", items: [answer("q1", "same-id")] });
    expect(h.stored()).toEqual([answer("q1", "same-id")]);
    h.timers[0]?.run();
    await vi.waitFor(() => expect(h.timers).toHaveLength(2));
    expect(h.timers[1]?.ms).toBe(45_000); // the server's 45 s beat the 2 s backoff
    h.timers[1]?.run();
    await vi.waitFor(() => expect(h.box.state().status).toBe("idle"));
    expect(h.sentIds).toEqual(["same-id", "same-id", "same-id"]);
    expect(h.delivered).toHaveLength(1);
  });

  it("keeps a newer write made while the older one was in flight", async () => {
    let release: (o: Outcome) => void = () => {};
    const sends: string[] = [];
    const h = harness([], {
      send: (item) => {
        sends.push(item.clientId);
        return sends.length === 1 ? new Promise((r) => (release = r)) : Promise.resolve({ kind: "done" });
      },
    });
    h.box.enqueue(tag("p1", "old"));
    h.box.enqueue(tag("p1", "new", "opinion"));
    release({ kind: "done" });
    await vi.waitFor(() => expect(h.box.state().status).toBe("idle"));
    expect(sends).toEqual(["old", "new"]);
  });

  it("stops when closed (a new save tries again) and for good when the seat is gone", async () => {
    const h = harness([{ kind: "closed", message: "This activity is closed" }]);
    h.box.enqueue(tag("p1", "a"));
    await vi.waitFor(() => expect(h.box.state().status).toBe("closed"));
    expect(h.box.state().items).toHaveLength(1);
    h.box.enqueue(tag("p2", "b"));
    await vi.waitFor(() => expect(h.box.state().status).toBe("idle"));
    expect(h.sentIds).toEqual(["a", "a", "b"]);

    const gone = harness([{ kind: "gone", message: "Wrong token for this class." }]);
    gone.box.enqueue(tag("p1", "a"));
    await vi.waitFor(() => expect(gone.box.state().status).toBe("gone"));
    gone.box.enqueue(tag("p2", "b"));
    await gone.box.flush();
    expect(gone.sentIds).toEqual(["a"]);
    expect(gone.box.state().problem).toBe("Wrong token for this class.");
  });

  it("drops a write the server can never accept, and says why", async () => {
    const h = harness([{ kind: "rejected", message: "label: unknown" }]);
    h.box.enqueue(tag("p1", "a", "nope"));
    h.box.enqueue(tag("p2", "b"));
    await vi.waitFor(() => expect(h.box.state().status).toBe("idle"));
    expect(h.box.state().problem).toBe("A change could not be saved: label: unknown");
    expect(h.delivered.map((i) => i.clientId)).toEqual(["b"]);
  });

  it("survives a full or blocked store, and a corrupt or unreadable one", async () => {
    const full = harness([], {
      save: () => {
        throw new DOMException("quota", "QuotaExceededError");
      },
    });
    full.box.enqueue(tag("p1", "a"));
    await vi.waitFor(() => expect(full.box.state().status).toBe("idle"));
    expect(full.delivered).toHaveLength(1);

    const unreadable = harness([], {
      load: () => {
        throw new Error("SecurityError");
      },
    });
    expect(unreadable.box.state().items).toEqual([]);
    const corrupt = harness([], {
      load: () => [tag("p1", "a"), { kind: "tag" }, "x", null, answer("q", "b")],
    });
    expect(corrupt.box.state().items).toEqual([tag("p1", "a"), answer("q", "b")]);
    expect(parseOutbox({ not: "a list" })).toEqual([]);
  });

  it("reloads a stored queue and sends it", async () => {
    const h = harness([], { load: () => [tag("p1", "kept")] });
    await h.box.flush();
    expect(h.sentIds).toEqual(["kept"]);
  });
});

describe("outbox helpers", () => {
  it("reads refusals: offline and 5xx retry, 429 waits as asked, 409 closed, 401/404 gone", () => {
    const item = tag("p1", "a");
    const refusal = (status: number, retryAfter: number | null = null) => ({
      status,
      message: "m",
      retryAfter,
    });
    expect(classify(null, item)).toEqual({ kind: "retry" });
    expect(classify(refusal(503), item)).toEqual({ kind: "retry" });
    expect(classify(refusal(429, 7), item)).toEqual({ kind: "retry", afterMs: 7000 });
    expect(classify(refusal(409), item)).toMatchObject({ kind: "closed" });
    expect(classify(refusal(401), item)).toMatchObject({ kind: "gone" });
    expect(classify(refusal(404), { kind: "untag", passageId: "p1", clientId: "u" })).toEqual({
      kind: "done",
    });
    expect(classify(refusal(400), item)).toEqual({ kind: "rejected", message: "m" });
  });

  it("backs off exponentially with jitter, capped at 30 s", () => {
    expect(backoffMs(0, () => 0.5)).toBe(1000);
    expect(backoffMs(3, () => 0.5)).toBe(8000);
    expect(backoffMs(20, () => 1)).toBe(36_000);
    expect(backoffMs(20, () => 0)).toBe(24_000);
    expect(backoffMs(0, () => 0.5, 5000)).toBe(5000);
  });

  it("applies writes to the student's work", () => {
    const now = new Date("2025-01-01T00:00:00Z");
    const empty: Work = { responses: [], answers: [] };
    const blankNote: OutboxItem = { kind: "tag", passageId: "p1", label: "fact", note: "  ", clientId: "a" };
    const tagged = applyItem(empty, blankNote, now);
    expect(tagged.responses).toEqual([
      { passageId: "p1", label: "fact", note: null, clientId: "a", updatedAt: now.toISOString() },
    ]);
    expect(applyItem(tagged, { kind: "untag", passageId: "p1", clientId: "b" }, now).responses).toEqual([]);
    expect(applyItem(empty, answer("q1", "c"), now).answers).toMatchObject([
      { promptId: "q1", text: "Because." },
    ]);
  });
});
