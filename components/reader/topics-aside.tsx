"use client";

import { type ComponentProps, useState } from "react";
import { TopicFilter } from "./topic-filter";

/** The topic filter: a sticky sidebar on wide screens, one tap away behind a button on phones. */
export function TopicsAside(props: ComponentProps<typeof TopicFilter>) {
  const [open, setOpen] = useState(false);
  return (
    <aside aria-label="Topics" className="mb-6 lg:mb-0 print:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="topic-filter-panel"
        onClick={() => setOpen((o) => !o)}
        className="mb-2 w-full rounded-md border border-border bg-surface px-3 py-2 text-left font-sans text-sm font-semibold lg:hidden"
      >
        {open ? "▲" : "▼"} Topics{props.selected.length > 0 ? ` (${props.selected.length} selected)` : ""}
        {props.both ? " · both sides only" : ""}
      </button>
      <div
        id="topic-filter-panel"
        className={`rounded-lg border border-border bg-surface p-3 lg:sticky lg:top-4 lg:block lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto ${open ? "" : "max-lg:hidden"}`}
      >
        <TopicFilter {...props} />
      </div>
    </aside>
  );
}
