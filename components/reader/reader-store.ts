"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useSyncExternalStore, useTransition } from "react";
import { visibleTopics } from "@/lib/reader/filter-css";
import { planUpdate, readerHref } from "@/lib/reader/state-changes";
import { parseReaderState, type ReaderState, serializeReaderState } from "@/lib/reader/url-state";
import { hasHighlights } from "./search-highlight";

/**
 * The reader's state is the URL, shared by every island through this store. A change shows at once (the
 * islands re-render from `pending`); the history entry is written after the paint, because Next.js
 * re-renders its router on every history change. Changes the server must render (another view, or cue
 * marks in a browser without CSS highlights) are navigations.
 */
let pending: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
/** Islands that count what is on screen (the search) hear of a change after its paint. */
const notify = () => {
  for (const l of listeners) l();
  requestAnimationFrame(() => setTimeout(announceChange));
};

const onPop = () => {
  pending = null;
  notify();
};

// One popstate listener for all islands (adding it again is a no-op): each notify reaches every island.
function subscribe(listener: () => void) {
  window.addEventListener("popstate", onPop);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => pending ?? window.location.search;

export interface ReaderIds {
  slug: string;
  topicIds: readonly string[];
  sideIds: readonly string[];
  /** Topics every side covers (the both-sides switch). */
  sharedTopics: readonly string[];
  /** The state the server rendered (the URL of the request). */
  initial: ReaderState;
}

/** The topics the filter leaves on screen. */
export const shownTopics = (ids: ReaderIds, state: ReaderState) =>
  visibleTopics({
    allTopics: ids.topicIds,
    sharedTopics: ids.sharedTopics,
    selected: state.topics,
    both: state.both,
  });

const isOverview = (topicId: string) =>
  document.querySelector(`[data-row="${topicId}"][data-overview]`) !== null;

/**
 * The URL's state. An island that names the fields it shows (`watch`) re-renders only when one of them
 * changes: a filter click renders the filter, not the toolbar.
 */
export function useReaderState(
  { topicIds, sideIds, sharedTopics, initial }: ReaderIds,
  watch?: readonly (keyof ReaderState)[],
) {
  const parse = useCallback(
    (search: string) => parseReaderState(new URLSearchParams(search), topicIds, sideIds),
    [topicIds, sideIds],
  );
  const watched = useSyncExternalStore(
    subscribe,
    () => (watch ? JSON.stringify(watch.map((k) => parse(snapshot())[k])) : snapshot()),
    () => null,
  );
  const search = watched === null ? null : snapshot();
  const state = useMemo(() => (search === null ? initial : parse(search)), [search, initial, parse]);
  const router = useRouter();
  const [navigating, startTransition] = useTransition();
  // A server render has arrived: the URL is the state again.
  useEffect(() => {
    if (pending !== null && serializeReaderState(initial) === pending) {
      pending = null;
      notify();
    }
  }, [initial]);
  const update = useCallback(
    (patch: Partial<ReaderState>) => {
      // The URL now, not this island's last render: it may not watch every field.
      const page = { allTopics: topicIds, sharedTopics, canPaintCues: hasHighlights(), isOverview };
      const plan = planUpdate(parse(snapshot()), patch, page);
      const href = readerHref(window.location.pathname, plan.next);
      // Shown at once (pressed buttons, the filter's stylesheet), even when the server renders the rest.
      pending = serializeReaderState(plan.next);
      notify();
      const run = plan.navigate
        ? () => startTransition(() => router[plan.replace ? "replace" : "push"](href, { scroll: false }))
        : () => {
            window.history[plan.replace ? "replaceState" : "pushState"](null, "", href);
            pending = null;
          };
      // After the paint; a later change in the same pause replaces this one.
      requestAnimationFrame(() => {
        clearTimeout(timer);
        timer = setTimeout(run, plan.delay);
      });
    },
    [parse, router, topicIds, sharedTopics],
  );
  return [state, update, navigating] as const;
}

/** Islands that change what is visible (a comment thread opened or closed) say so. */
export const READER_CHANGED = "parallax:reader-changed";
export function announceChange(): void {
  window.dispatchEvent(new Event(READER_CHANGED));
}
