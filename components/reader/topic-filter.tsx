import type { CSSProperties } from "react";
import { Switch } from "../ui/switch";

/** A topic as the filter lists it: "News report 3 · Opinion 4 · Comments 6" computed on the server. */
export interface FilterTopic {
  id: string;
  label: string;
  index: number;
  counts: string;
}

interface Props {
  topics: FilterTopic[];
  selected: readonly string[];
  both: boolean;
  onToggle: (topicId: string) => void;
  onBoth: (on: boolean) => void;
  onClear: () => void;
}

/** Topic checkboxes with how many passages each source has on the topic; a both-sides switch; clear all. */
export function TopicFilter({ topics, selected, both, onToggle, onBoth, onClear }: Props) {
  return (
    <fieldset className="space-y-3">
      <legend className="font-sans text-sm font-bold">Filter by topic</legend>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border pb-3 font-sans text-sm">
        <Switch checked={both} onChange={onBoth}>
          Only topics both sides cover
        </Switch>
        <button
          type="button"
          onClick={onClear}
          disabled={selected.length === 0 && !both}
          className="rounded border border-border px-2 py-1 disabled:opacity-60"
        >
          Clear all
        </button>
      </div>
      <ul className="space-y-1">
        {topics.map((topic) => {
          const id = `filter-${topic.id}`;
          return (
            <li key={topic.id}>
              <label
                htmlFor={id}
                style={{ "--chip": `var(--topic-${topic.index % 12})` } as CSSProperties}
                className="flex cursor-pointer items-start gap-2 rounded-md px-1.5 py-1 font-sans text-sm hover:bg-bg has-checked:bg-bg"
              >
                <input
                  id={id}
                  type="checkbox"
                  checked={selected.includes(topic.id)}
                  onChange={() => onToggle(topic.id)}
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
          );
        })}
      </ul>
    </fieldset>
  );
}
