"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  startTransition,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from "react";
import { createDraftStore, type DraftStore } from "@/lib/classroom/drafts";
import { applyItem, type OutboxItem, type OutboxWrite } from "@/lib/classroom/outbox";
import type { Activity, Me } from "./class-api";
import { newClientId } from "./client-id";
import { activityQuery, meQuery } from "./queries";
import { LoadError, NoSeat } from "./seat-messages";
import { browserStorage, loadSeat, type StudentSeat } from "./storage";
import { type OutboxStatus, useOutbox } from "./use-outbox";

/** What the workspace's islands share; everything but `seat` is undefined until the activity loads. */
export interface StudentWork {
  /** undefined until this browser's storage is read (after hydration); null: it holds no seat here. */
  seat: StudentSeat | null | undefined;
  activity: Activity | undefined;
  /** The server's copy of the student's work with the unsent writes on top. */
  view: Me | undefined;
  status: OutboxStatus;
  problem: string | null;
  waiting: number;
  /** Passage and prompt ids with a queued write. */
  pending: ReadonlySet<string>;
  drafts: DraftStore | null;
  send: (item: OutboxWrite) => void;
}

const NOTHING: StudentWork = {
  seat: undefined,
  activity: undefined,
  view: undefined,
  status: "idle",
  problem: null,
  waiting: 0,
  pending: new Set(),
  drafts: null,
  send: () => {},
};
const Context = createContext<StudentWork>(NOTHING);
export const useStudentWork = () => useContext(Context);

/**
 * The student's side of the workspace: the seat from this browser's storage, then the activity and
 * the student's work, fetched at once and in parallel (the texts came with the page, server-rendered
 * in `children`). Without a seat, or once the activity is gone, a message replaces the workspace.
 */
export function StudentSeatProvider({ classId, children }: { classId: string; children: ReactNode }) {
  const [seat, setSeat] = useState<StudentSeat | null | undefined>(undefined);
  const queryClient = useQueryClient();
  useEffect(() => {
    const found = loadSeat(classId);
    // Both calls leave now, before React renders anything for the seat; the queries below join them.
    if (found) {
      void queryClient.prefetchQuery(activityQuery(classId, found.studentToken));
      void queryClient.prefetchQuery(meQuery(classId, found.studentToken));
    }
    // A transition: React renders what follows in slices, so a slow phone gets no long task from it.
    startTransition(() => setSeat(found));
  }, [classId, queryClient]);
  const token = seat?.studentToken ?? "";
  const activity = useQuery({ ...activityQuery(classId, token), enabled: Boolean(seat) });
  const me = useQuery({ ...meQuery(classId, token), enabled: Boolean(seat) });
  const { queryKey } = meQuery(classId, token);
  const outbox = useOutbox({
    classId,
    studentId: seat?.studentId ?? null,
    token: seat?.studentToken ?? null,
    onSent: (item) => queryClient.setQueryData(queryKey, (m) => (m ? applyItem(m, item) : m)),
  });
  // The first render of the loaded workspace (every tag control and question) is deferred, in slices;
  // later changes (a save, a poll) show at once.
  const loaded = useDeferredValue(Boolean(activity.data && me.data));
  const activityData = loaded ? activity.data : undefined;
  const meData = loaded ? me.data : undefined;
  const view = useMemo(
    () => (meData ? outbox.items.reduce((m, item) => applyItem(m, item), meData) : undefined),
    [outbox.items, meData],
  );
  // Typed but unsaved work, kept in this browser as the student types (restored after a reload).
  const drafts = useMemo(
    () => (seat ? createDraftStore(browserStorage(), classId, seat.studentId) : null),
    [seat, classId],
  );
  const { status, problem, items, enqueue } = outbox;
  // One value per change that shows: the islands do not re-render for nothing.
  const value = useMemo<StudentWork>(
    () => ({
      seat,
      activity: activityData,
      view,
      status,
      problem,
      waiting: items.length,
      pending: new Set(items.map((i) => (i.kind === "answer" ? i.promptId : i.passageId))),
      drafts,
      send: (item) => {
        // Queued from here on (the outbox keeps it), so the draft has done its job.
        if (item.kind === "answer") drafts?.clearAnswer(item.promptId);
        else drafts?.clearTag(item.passageId);
        enqueue({ ...item, clientId: newClientId() } as OutboxItem);
      },
    }),
    [seat, activityData, view, status, problem, items, drafts, enqueue],
  );
  const error = activity.error ?? me.error;
  const blocked = seat === null || Boolean(error);
  // Interactive (hydrated, queue loaded, work shown): end-to-end tests wait for it.
  const ready = Boolean(activityData && view);
  return (
    <Context.Provider value={value}>
      {seat === null && <NoSeat />}
      {error && <LoadError error={error} />}
      {/* Same place in the tree whatever the state: the server-rendered texts are never re-created. */}
      <div hidden={blocked} data-ready={ready || undefined}>
        {children}
      </div>
    </Context.Provider>
  );
}
