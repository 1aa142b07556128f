"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createOutbox, type Outbox, type OutboxItem, type OutboxState } from "@/lib/classroom/outbox";
import { sendItem } from "./outbox-send";
import { readJson, writeJson } from "./storage";

export type { OutboxStatus } from "@/lib/classroom/outbox";

interface Options {
  classId: string;
  /** Null until the seat is known (read from this browser's storage after hydration): nothing runs. */
  studentId: string | null;
  token: string | null;
  /** Called once the server has accepted a write. */
  onSent: (item: OutboxItem) => void;
}

const EMPTY: OutboxState = { items: [], status: "idle", problem: null };

/** The outbox (lib/classroom/outbox.ts) kept in this browser's localStorage, per class and student. */
export function useOutbox({ classId, studentId, token, onSent }: Options) {
  const [state, setState] = useState<OutboxState>(EMPTY);
  const outbox = useRef<Outbox | null>(null);
  const sent = useRef(onSent);
  useEffect(() => {
    sent.current = onSent;
  });

  useEffect(() => {
    if (studentId === null || token === null) return;
    const key = `parallax:class:${classId}:outbox:${studentId}`;
    const box = createOutbox({
      load: () => readJson<unknown>(key, null),
      save: (items) => writeJson(key, items),
      send: (item) => sendItem(classId, token, item),
      onChange: setState,
      onSent: (item) => sent.current(item),
    });
    outbox.current = box;
    setState(box.state());
    void box.flush();
    const online = () => box.online();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      box.dispose();
    };
  }, [classId, studentId, token]);

  const enqueue = useCallback((item: OutboxItem) => outbox.current?.enqueue(item), []);
  return { ...state, enqueue };
}
