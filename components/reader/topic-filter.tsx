import type { CSSProperties } from "react";
import type { TopicWithSummaries } from "@/lib/corpus/schema";
import type { Side } from "@/lib/corpus/sides";
import { sourceNames } from "@/lib/corpus/source-names";
import type { TopicCount } from "@/lib/reader/analysis";
import { Switch } from "../ui/switch";
import { type TopicStyle, topicColor } from "./topic-chip";

interface Props {
  topics: TopicWithSummaries[];
  sides: Side[];
  styles: ReadonlyMap<string, TopicStyle>;
  counts: ReadonlyMap<string, TopicCount>;
  selected: readonly string[];
  both: boolean;
  onToggle: (topicId: string) => void;
  onBoth: (on: boolean) => void;
  onClear: () => void;
}

/** "News report 3 · Opinion 4 · Comments 6": passages per source on a topic. */
function countLine(sides: Side[], count: TopicCount | undefined): string {
  const names = sourceNames(sides.map((s) => s.main));
  return sides
    .flatMap((side, i) => [
      `${names[i]} ${count?.main[side.id] ?? 0}`,
      ...(side.replies.length > 0 ? [`Comments ${count?.replies[side.id] ?? 0}`] : []),
    ])
    .join(" · ");
}

/** Topic checkboxes with how many passages each source has on the topic; a both-sides switch; clear all. */
export function TopicFilter({
  topics,
  sides,
  styles,
  counts,
  selected,
  both,
  onToggle,
  onBoth,
  onClear,
}: Props) {
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
          const style = styles.get(topic.id);
          const id = `filter-${topic.id}`;
          return (
            <li key={topic.id}>
              <label
                htmlFor={id}
                style={{ "--chip": style ? topicColor(style.index) : "var(--border)" } as CSSProperties}
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
                  <span className="block text-xs tabular-nums text-muted">
                    {countLine(sides, counts.get(topic.id))}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
