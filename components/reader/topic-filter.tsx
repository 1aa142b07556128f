import type { CSSProperties } from "react";

/** A topic as the filter lists it: "News report 3 · Opinion 4 · Comments 6" computed on the server. */
export interface FilterTopic {
  id: string;
  label: string;
  index: number;
  counts: string;
}

interface Props {
  topics: FilterTopic[];
  /** The state the server rendered; TopicsAside (a client island) keeps the boxes on the URL after. */
  selected: readonly string[];
  both: boolean;
}

/**
 * Topic checkboxes with how many passages each source has on the topic; a both-sides switch; clear all.
 * Rendered on the server: the island around it listens to their changes, no list is rendered in the browser.
 */
export function TopicFilter({ topics, selected, both }: Props) {
  return (
    <fieldset className="space-y-3">
      <legend className="font-sans text-sm font-bold">Filter by topic</legend>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border pb-3 font-sans text-sm">
        <label className="flex cursor-pointer items-center gap-2">
          <input
            type="checkbox"
            role="switch"
            name="both"
            defaultChecked={both}
            aria-checked={both}
            className="size-4 accent-[color:var(--accent)]"
          />
          Only topics both sides cover
        </label>
        <button
          type="button"
          data-clear
          disabled={selected.length === 0 && !both}
          className="rounded border border-border px-2 py-1 disabled:opacity-60"
        >
          Clear all
        </button>
      </div>
      <ul className="space-y-1">
        {topics.map((topic) => (
          <li key={topic.id}>
            <label
              htmlFor={`filter-${topic.id}`}
              style={{ "--chip": `var(--topic-${topic.index % 12})` } as CSSProperties}
              className="flex cursor-pointer items-start gap-2 rounded-md px-1.5 py-1 font-sans text-sm hover:bg-bg has-checked:bg-bg"
            >
              <input
                id={`filter-${topic.id}`}
                type="checkbox"
                name="topic"
                value={topic.id}
                defaultChecked={selected.includes(topic.id)}
                className="mt-0.5 size-4 shrink-0 accent-[color:var(--accent)]"
              />
              <span
                aria-hidden="true"
                className="mt-1.5 size-2.5 shrink-0 rounded-full bg-[color:var(--chip)]"
              />
              <span className="min-w-0">
                <span className="block font-medium">{topic.label}</span>
                <span className="block text-xs tabular-nums text-muted">{topic.counts}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
