"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { backoffMs, enqueueItem, type OutboxItem, sendItem } from "./outbox";
import { readJson, writeJson } from "./storage";

/** idle: nothing to send or all sent; waiting: some writes not yet accepted; closed/gone: sending stopped. */
export type OutboxStatus = "idle" | "waiting" | "closed" | "gone";

interface Options {
  classId: string;
  studentId: string;
  token: string;
  /** Called once the server has accepted a write. */
  onSent: (item: OutboxItem) => void;
}

/**
 * The student's writes, queued in localStorage and sent one at a time, oldest first. A failed send
 * (offline, server down) stays queued and is retried with backoff, at once when the browser comes back
 * online, and on the next page load: a reload or a flaky classroom network loses nothing.
 */
export function useOutbox({ classId, studentId, token, onSent }: Options) {
  const key = `parallax:class:${classId}:outbox:${studentId}`;
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [status, setStatus] = useState<OutboxStatus>("idle");
  const [problem, setProblem] = useState<string | null>(null);
  const queue = useRef<OutboxItem[]>([]);
  const busy = useRef(false);
  const stopped = useRef<"closed" | "gone" | null>(null);
  const attempt = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const sent = useRef(onSent);
  useEffect(() => {
    sent.current = onSent;
  });

  const commit = useCallback(
    (next: OutboxItem[]) => {
      queue.current = next;
      setItems(next);
      writeJson(key, next);
    },
    [key],
  );

  const flush = useCallback(async () => {
    if (busy.current || stopped.current) return;
    window.clearTimeout(timer.current);
    busy.current = true;
    try {
      for (let item = queue.current[0]; item; item = queue.current[0]) {
        setStatus("waiting");
        const outcome = await sendItem(classId, token, item);
        if (outcome.kind === "retry") {
          const wait = backoffMs(attempt.current++, Math.random, outcome.afterMs);
          timer.current = window.setTimeout(() => void flush(), wait);
          return;
        }
        if (outcome.kind === "closed" || outcome.kind === "gone") {
          stopped.current = outcome.kind;
          setStatus(outcome.kind);
          setProblem(outcome.message);
          return;
        }
        attempt.current = 0;
        const done = item;
        // By clientId: a newer write to the same passage may have replaced it while it was in flight.
        commit(queue.current.filter((i) => i.clientId !== done.clientId));
        if (outcome.kind === "done") sent.current(done);
        else setProblem(`A change could not be saved: ${outcome.message}`);
      }
      setStatus("idle");
    } finally {
      busy.current = false;
    }
  }, [classId, token, commit]);

  useEffect(() => {
    commit(readJson<OutboxItem[]>(key, []));
    void flush();
    const online = () => {
      attempt.current = 0;
      void flush();
    };
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      window.clearTimeout(timer.current);
    };
  }, [key, commit, flush]);

  const enqueue = useCallback(
    (item: OutboxItem) => {
      // A new save after "closed" tries again: the teacher may have reopened the activity.
      if (stopped.current === "closed") stopped.current = null;
      setProblem(null);
      attempt.current = 0;
      commit(enqueueItem(queue.current, item));
      void flush();
    },
    [commit, flush],
  );

  return { items, status, problem, enqueue };
}
