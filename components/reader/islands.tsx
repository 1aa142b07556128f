"use client";

import { type ReactNode, useEffect, useState } from "react";
import { readerHref } from "@/lib/reader/state-changes";
import { Disclosure } from "../ui/disclosure";
import { announceChange, type ReaderIds, shownTopics, useReaderState } from "./reader-store";

/** Small client islands of the server-rendered reader: each holds one piece of interaction. */

/** A compare panel's disclosure, open by default: the comparison is the reader's point. */
export function PanelDisclosure(props: { id: string; title: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(true);
  const toggle = () => setOpen(!open);
  return <Disclosure {...props} open={open} onToggle={toggle} printOpen className="font-sans text-sm" />;
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
        event.currentTarget.closest("[data-row]")?.toggleAttribute("data-all", !all);
        setAll(!all);
      }}
      className="inline-flex min-h-11 items-center rounded-md border border-border bg-surface px-3 font-sans text-sm font-semibold text-accent print:hidden"
    >
      {all ? "Show the first passages only" : `Show all ${total} passages`}
      <span className="sr-only"> on {topicLabel}</span>
    </button>
  );
}

/**
 * The reader comments under a post: opened by the reader (or by Compare ⇄ and links to a passage in
 * it, which press its button), and by a search or filter until the reader chooses.
 */
export function ThreadDisclosure({
  id,
  title,
  children,
  ...ids
}: ReaderIds & { id: string; title: string; children: ReactNode }) {
  const [state] = useReaderState(ids, ["topics", "both", "only", "q"]);
  const [choice, setChoice] = useState<boolean | null>(null);
  const open = choice ?? (state.topics.length > 0 || state.both || state.only || state.q.length >= 2);
  // biome-ignore lint/correctness/useExhaustiveDependencies: announce after the thread is shown or hidden
  useEffect(announceChange, [open]);
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

/** What a printed handout shows (the topics filtered to now) and the link back to this view. */
export function PrintLines({
  labels,
  children,
  ...ids
}: ReaderIds & { labels: Readonly<Record<string, string>>; children: ReactNode }) {
  const [state] = useReaderState(ids);
  const [path, setPath] = useState("");
  useEffect(() => setPath(window.location.origin + window.location.pathname), []);
  const visible = shownTopics(ids, state);
  const shown =
    visible.length === ids.topicIds.length ? "all topics" : visible.map((t) => labels[t] ?? t).join(", ");
  return (
    <>
      <p className="font-bold">Parallax handout · {shown}</p>
      {children}
      {path && <p>View online: {readerHref(path, state, window.location.hash)}</p>}
    </>
  );
}

/** Marks the reader `data-ready` once its islands have hydrated (end-to-end tests wait for it). */
export function ReadyMarker() {
  useEffect(() => document.querySelector("[data-reader]")?.setAttribute("data-ready", ""), []);
  return null;
}
