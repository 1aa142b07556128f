/**
 * The outbox: a student's writes, queued in storage and sent one at a time, oldest first. A failed send
 * (offline, server down, 429) stays queued and is retried with backoff (never sooner than Retry-After),
 * at once when the browser comes back online, and on the next page load. Each write keeps its clientId
 * across retries, so one the server applied but whose answer was lost is replayed harmlessly.
 * Framework-free: storage, sending and timers are passed in (use-outbox.ts wires the browser's).
 */
import { backoffMs, enqueueItem, type OutboxItem, type Outcome, parseOutbox } from "./outbox-items";

export * from "./outbox-items";

/** idle: nothing to send or all sent; waiting: some writes not yet accepted; closed/gone: sending stopped. */
export type OutboxStatus = "idle" | "waiting" | "closed" | "gone";

export interface OutboxState {
  items: readonly OutboxItem[];
  status: OutboxStatus;
  problem: string | null;
}

export interface OutboxOptions {
  /** Reads the stored queue (anything: it is validated); null when nothing is stored. */
  load: () => unknown;
  /** Keeps the queue; may throw (storage full): the queue then lives on in memory for this page. */
  save: (items: readonly OutboxItem[]) => void;
  send: (item: OutboxItem) => Promise<Outcome>;
  onChange: (state: OutboxState) => void;
  /** Called once the server has accepted a write. */
  onSent: (item: OutboxItem) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  random?: () => number;
}

export interface Outbox {
  state: () => OutboxState;
  enqueue: (item: OutboxItem) => void;
  /** Sends what is queued; resolves when the queue is empty, a retry is scheduled, or sending stopped. */
  flush: () => Promise<void>;
  /** The browser is back online: retry now rather than after the backoff. */
  online: () => void;
  dispose: () => void;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { load, save, send, onChange, onSent } = options;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const random = options.random ?? Math.random;
  let state: OutboxState = { items: readQueue(), status: "idle", problem: null };
  let busy = false;
  let stopped: "closed" | "gone" | null = null;
  let attempt = 0;
  let timer: unknown;
  let disposed = false;

  function readQueue(): OutboxItem[] {
    try {
      return parseOutbox(load());
    } catch {
      return []; // Unreadable storage: start empty rather than break the page.
    }
  }

  function set(next: Partial<OutboxState>): void {
    state = { ...state, ...next };
    if (next.items) {
      try {
        save(next.items);
      } catch {
        // Storage full or blocked: the queue still works for this page.
      }
    }
    if (!disposed) onChange(state);
  }

  async function flush(): Promise<void> {
    if (busy || stopped || disposed) return;
    clearTimer(timer);
    busy = true;
    try {
      for (let item = state.items[0]; item && !disposed; item = state.items[0]) {
        set({ status: "waiting" });
        const outcome = await send(item);
        if (outcome.kind === "retry") {
          timer = setTimer(() => void flush(), backoffMs(attempt++, random, outcome.afterMs));
          return;
        }
        if (outcome.kind === "closed" || outcome.kind === "gone") {
          stopped = outcome.kind;
          set({ status: outcome.kind, problem: outcome.message });
          return;
        }
        attempt = 0;
        const done = item;
        // By clientId: a newer write to the same passage may have replaced it while it was in flight.
        set({ items: state.items.filter((i) => i.clientId !== done.clientId) });
        if (outcome.kind === "done") onSent(done);
        else set({ problem: `A change could not be saved: ${outcome.message}` });
      }
      set({ status: "idle" });
    } finally {
      busy = false;
    }
  }

  return {
    state: () => state,
    enqueue(item) {
      // A new save after "closed" tries again: the teacher may have reopened the activity.
      if (stopped === "closed") stopped = null;
      attempt = 0;
      // Once the seat is gone nothing more is sent, so its message stays.
      set({ items: enqueueItem(state.items, item), problem: stopped === "gone" ? state.problem : null });
      void flush();
    },
    flush,
    online() {
      attempt = 0;
      void flush();
    },
    dispose() {
      disposed = true;
      clearTimer(timer);
    },
  };
}
