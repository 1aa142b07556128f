"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { type ReaderIds, useReaderState } from "./reader-store";

/**
 * The topic filter (server-rendered, TopicFilter): a sticky sidebar on wide screens, one tap away behind
 * a button on phones. Its boxes hold their own state; this island writes it to the URL and follows the URL.
 */
export function TopicsAside({ children, ...ids }: ReaderIds & { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [state, update] = useReaderState(ids, ["topics", "both"]);
  const panel = useRef<HTMLDivElement>(null);
  const boxes = () => [...(panel.current?.querySelectorAll("input") ?? [])];
  const ticked = () => boxes().flatMap((b) => (b.name === "topic" && b.checked ? [b.value] : []));
  const hydrated = useRef(false);
  // The server rendered the boxes for its URL; they follow this one (back, forward, "Clear all"). A box
  // ticked before hydration (the reader's scripts load after its first paint) is applied, not undone.
  // biome-ignore lint/correctness/useExhaustiveDependencies: boxes reads the panel's ref
  useEffect(() => {
    const both = boxes().some((b) => b.name === "both" && b.checked);
    const early =
      !hydrated.current && `${both}${ticked().sort()}` !== `${state.both}${[...state.topics].sort()}`;
    hydrated.current = true;
    if (early) return void update({ topics: ticked(), both });
    for (const box of boxes())
      box.checked = box.name === "both" ? state.both : state.topics.includes(box.value);
    panel.current?.querySelector("[role=switch]")?.setAttribute("aria-checked", String(state.both));
    const clear = panel.current?.querySelector<HTMLButtonElement>("[data-clear]");
    if (clear) clear.disabled = state.topics.length === 0 && !state.both;
  }, [state]);
  return (
    <aside aria-label="Topics" className="mb-4 lg:mb-0 print:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="topic-filter-panel"
        onClick={() => setOpen(!open)}
        className="mb-2 w-full rounded-md border border-border bg-surface px-3 py-2 text-left font-sans text-sm font-semibold lg:hidden"
      >
        {open ? "▲" : "▼"} Topics{state.topics.length > 0 ? ` (${state.topics.length} selected)` : ""}
        {state.both ? " · both sides only" : ""}
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the checkboxes' and the button's events, delegated */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a button's click comes from the keyboard too */}
      <div
        ref={panel}
        id="topic-filter-panel"
        onChange={(e) => {
          const box = e.target as HTMLInputElement;
          if (box.name === "both") update({ both: box.checked });
          else update({ topics: ticked() });
        }}
        onClick={(e) => (e.target as Element).closest("[data-clear]") && update({ topics: [], both: false })}
        className={`rounded-lg border border-border bg-surface p-3 lg:sticky lg:top-4 lg:block lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto ${open ? "" : "max-lg:hidden"}`}
      >
        {children}
      </div>
    </aside>
  );
}
