"use client";

import { type ReactNode, useEffect, useState } from "react";
import { visibleTopics } from "@/lib/reader/filter-css";
import { passageIdFromHash } from "@/lib/reader/url-state";
import { Disclosure } from "../ui/disclosure";
import { announceChange, READER_CHANGED, type ReaderIds, useReaderState } from "./reader-store";

/** Small client islands of the server-rendered reader: each holds one piece of interaction. */

/** A compare panel's disclosure, open by default: the comparison is the reader's point. */
export function PanelDisclosure(props: { id: string; title: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(true);
  return (
    <Disclosure
      {...props}
      open={open}
      onToggle={() => setOpen((o) => !o)}
      printOpen
      className="font-sans text-sm"
    />
  );
}

/** "Show all 15 passages": the rest of a row is in the page already, hidden by globals.css until asked for. */
export function ShowAllButton({ total, topicLabel }: { total: number; topicLabel: string }) {
  const [all, setAll] = useState(false);
  return (
    <button
      type="button"
      data-show-all
      aria-expanded={all}
      onClick={(event) => {
        const row = event.currentTarget.closest("[data-row]");
        row?.toggleAttribute("data-all", !all);
        setAll(!all);
        announceChange();
      }}
      className="inline-flex min-h-11 items-center rounded-md border border-border bg-surface px-3 font-sans text-sm font-semibold text-accent print:hidden"
    >
      {all ? "Show the first passages only" : `Show all ${total} passages`}
      <span className="sr-only"> on {topicLabel}</span>
    </button>
  );
}

export const OPEN_THREAD = "parallax:open-thread";

/** The reader comments under a post: opened by the reader, by a search or filter, or by Compare ⇄. */
export function ThreadDisclosure({
  id,
  title,
  children,
  ...ids
}: ReaderIds & { id: string; title: string; children: ReactNode }) {
  const [state] = useReaderState(ids, ["topics", "both", "only", "q"]);
  const [choice, setChoice] = useState<boolean | null>(null);
  useEffect(() => {
    // A link to a passage in this thread (#comment-7-p2) opens it.
    const target = passageIdFromHash(window.location.hash);
    if (target && document.getElementById(id)?.querySelector(`[data-passage="${CSS.escape(target)}"]`))
      setChoice(true);
    const onOpen = (e: Event) => {
      if ((e as CustomEvent<string>).detail === id) setChoice(true);
    };
    window.addEventListener(OPEN_THREAD, onOpen);
    return () => window.removeEventListener(OPEN_THREAD, onOpen);
  }, [id]);
  const open = choice ?? (state.topics.length > 0 || state.both || state.only || state.q.length >= 2);
  // biome-ignore lint/correctness/useExhaustiveDependencies: announce after the thread is shown or hidden
  useEffect(() => {
    announceChange();
  }, [open]);
  return (
    <Disclosure
      id={id}
      title={title}
      open={open}
      onToggle={() => setChoice(!open)}
      printOpen
      className="mt-8 print:border-0"
    >
      {children}
    </Disclosure>
  );
}

const PRINT_WATCH = ["topics", "both"] as const;

/** What a printed handout shows: the topics the reader has filtered to now, not those of the first render. */
export function PrintTopics({ labels, ...ids }: ReaderIds & { labels: Readonly<Record<string, string>> }) {
  const [state] = useReaderState(ids, PRINT_WATCH);
  const visible = visibleTopics({
    allTopics: ids.topicIds,
    sharedTopics: ids.sharedTopics,
    ...state,
    selected: state.topics,
  });
  const shown =
    visible.length === ids.topicIds.length ? "all topics" : visible.map((t) => labels[t] ?? t).join(", ");
  return <p className="font-bold">Parallax handout · {shown}</p>;
}

/** The link a printed handout gives back to this view (the URL changes as the reader filters). */
export function PrintLink() {
  const [href, setHref] = useState("");
  useEffect(() => {
    const update = () => setHref(window.location.href);
    update();
    const events = ["popstate", "beforeprint", READER_CHANGED];
    for (const e of events) window.addEventListener(e, update);
    return () => {
      for (const e of events) window.removeEventListener(e, update);
    };
  }, []);
  return href ? <p>View online: {href}</p> : null;
}

/** Marks the reader `data-ready` once its islands have hydrated (end-to-end tests wait for it). */
export function ReadyMarker() {
  useEffect(() => document.querySelector("[data-reader]")?.setAttribute("data-ready", ""), []);
  return null;
}
