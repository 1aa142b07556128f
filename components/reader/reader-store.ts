"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useSyncExternalStore, useTransition } from "react";
import { visibleTopics } from "@/lib/reader/filter-css";
import { applyPatch, needsRows, readerHref } from "@/lib/reader/state-changes";
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
/** Islands that count what is on screen (search, the print link) hear of a change after its paint. */
const notify = () => {
  for (const l of listeners) l();
  requestAnimationFrame(() => setTimeout(announceChange));
};

const onPop = () => {
  pending = null;
  notify();
};

// One popstate listener for all islands: each notify already reaches every island.
function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener("popstate", onPop);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", onPop);
  };
}

const snapshot = () => pending ?? window.location.search;

function write(href: string, replace: boolean, delay: number) {
  clearTimeout(timer);
  const run = () => {
    if (replace) window.history.replaceState(null, "", href);
    else window.history.pushState(null, "", href);
    pending = null;
  };
  requestAnimationFrame(() => {
    timer = setTimeout(run, delay);
  });
}

export interface ReaderIds {
  slug: string;
  topicIds: readonly string[];
  sideIds: readonly string[];
  /** Topics every side covers (the both-sides switch). */
  sharedTopics: readonly string[];
  /** The state the server rendered (the URL of the request). */
  initial: ReaderState;
}

const isOverviewRow = (topicId: string) =>
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
    if (initial && pending !== null && serializeReaderState(initial) === pending) {
      pending = null;
      notify();
    }
  }, [initial]);
  const update = useCallback(
    (patch: Partial<ReaderState>) => {
      // The URL now, not this island's last render: it may not watch every field.
      const now = parse(snapshot());
      const { next, replace, server } = applyPatch(now, patch);
      const href = readerHref(window.location.pathname, next);
      // Shown at once (pressed buttons, the filter's stylesheet), even when the server renders the rest.
      pending = serializeReaderState(next);
      notify();
      const visible = visibleTopics({
        allTopics: topicIds,
        sharedTopics,
        selected: next.topics,
        both: next.both,
      });
      const cuesHere = next.cues === now.cues || hasHighlights();
      if (server || !cuesHere || needsRows(next, visible, isOverviewRow)) {
        clearTimeout(timer);
        const go = () =>
          startTransition(() =>
            replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false }),
          );
        // Typing asks the server once the reader pauses; a click, once its stylesheet is painted.
        if (next.q !== now.q) timer = setTimeout(go, 400);
        else requestAnimationFrame(() => setTimeout(go, 0));
        return;
      }
      // Typing writes once it pauses; a click writes at once (after the paint).
      write(href, replace, next.q !== now.q ? 250 : 0);
    },
    [parse, router, topicIds, sharedTopics],
  );
  return [state, update, navigating] as const;
}

/** Islands that change what is visible (a thread opened, a row's passages shown) say so. */
export const READER_CHANGED = "parallax:reader-changed";
export function announceChange(): void {
  window.dispatchEvent(new Event(READER_CHANGED));
}
