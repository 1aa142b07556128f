"use client";

import { useState } from "react";
import { toggleTopic } from "@/lib/reader/state-changes";
import { type ReaderIds, useReaderState } from "./reader-store";
import { type FilterTopic, TopicFilter } from "./topic-filter";

/** The topic filter: a sticky sidebar on wide screens, one tap away behind a button on phones. */
export function TopicsAside({ topics, ...ids }: ReaderIds & { topics: FilterTopic[] }) {
  const [open, setOpen] = useState(false);
  const [state, update] = useReaderState(ids);
  return (
    <aside aria-label="Topics" className="mb-4 lg:mb-0 print:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="topic-filter-panel"
        onClick={() => setOpen((o) => !o)}
        className="mb-2 w-full rounded-md border border-border bg-surface px-3 py-2 text-left font-sans text-sm font-semibold lg:hidden"
      >
        {open ? "▲" : "▼"} Topics{state.topics.length > 0 ? ` (${state.topics.length} selected)` : ""}
        {state.both ? " · both sides only" : ""}
      </button>
      <div
        id="topic-filter-panel"
        className={`rounded-lg border border-border bg-surface p-3 lg:sticky lg:top-4 lg:block lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto ${open ? "" : "max-lg:hidden"}`}
      >
        <TopicFilter
          topics={topics}
          selected={state.topics}
          both={state.both}
          onToggle={(id) => update({ topics: toggleTopic(state, id, ids.topicIds).topics })}
          onBoth={(both) => update({ both })}
          onClear={() => update({ topics: [], both: false })}
        />
      </div>
    </aside>
  );
}
