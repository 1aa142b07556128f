"use client";

import { useMemo, useState } from "react";
import { addTopic, deleteTopic, mergeTopics, renameTopic } from "@/lib/catalog/correction";
import type { AlignmentCorrection } from "@/lib/catalog/schema";
import { plural } from "@/lib/ui/plural";
import { buttonClass } from "../ui/button";
import { INPUT_CLASS } from "./field";
import { PickerToggle } from "./picker";

interface Props {
  correction: AlignmentCorrection;
  counts: ReadonlyMap<string, number>;
  onChange: (next: AlignmentCorrection) => void;
}

const BUTTON = buttonClass({ variant: "secondary", size: "compact" });

/**
 * Rename, merge, delete and add topics; every change applies to the passages at once. Merging picks the
 * target from a search box, not a list per topic, so the markup grows with topics, not topics².
 */
export function TopicManager({ correction, counts, onChange }: Props) {
  const [newLabel, setNewLabel] = useState("");
  const { topics } = correction;
  // One list for every topic's "Merge into…": rendered only when that picker is open.
  const options = useMemo(() => topics.map((t) => ({ id: t.id, label: t.label })), [topics]);

  return (
    <section
      aria-labelledby="topics-heading"
      className="space-y-3 rounded-lg border border-border bg-surface p-4"
    >
      <h2 id="topics-heading" className="font-serif text-2xl font-bold">
        Topics
      </h2>
      {topics.length === 0 && <p className="text-muted">No topics yet: add one below.</p>}
      <ul className="space-y-3">
        {topics.map((topic, i) => {
          const others = options.filter((t) => t.id !== topic.id);
          return (
            <li
              key={topic.id}
              className="flex flex-wrap items-end gap-2 border-b border-border pb-3 last:border-0"
            >
              <div className="min-w-48 flex-1">
                <label
                  htmlFor={`topic-${topic.id}-label`}
                  className="block font-sans text-xs font-semibold text-muted"
                >
                  Topic {i + 1} ({plural(counts.get(topic.id) ?? 0, "passage")})
                </label>
                <input
                  id={`topic-${topic.id}-label`}
                  className={INPUT_CLASS}
                  value={topic.label}
                  onChange={(e) => onChange(renameTopic(correction, topic.id, e.target.value))}
                />
              </div>
              {others.length > 0 && (
                <PickerToggle
                  label={`Topic to merge “${topic.label}” into`}
                  options={others}
                  onPick={(into) => onChange(mergeTopics(correction, topic.id, into))}
                >
                  Merge into…<span className="sr-only"> (topic {topic.label})</span>
                </PickerToggle>
              )}
              <button
                type="button"
                className={BUTTON}
                onClick={() => onChange(deleteTopic(correction, topic.id))}
              >
                Delete<span className="sr-only"> topic {topic.label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (!newLabel.trim()) return;
          onChange(addTopic(correction, newLabel.trim()));
          setNewLabel("");
        }}
      >
        <div className="min-w-48 flex-1">
          <label htmlFor="new-topic" className="block font-sans text-xs font-semibold text-muted">
            New topic
          </label>
          <input
            id="new-topic"
            className={INPUT_CLASS}
            value={newLabel}
            onChange={(e) => setNewLabel(e.target.value)}
          />
        </div>
        <button type="submit" className={BUTTON}>
          Add topic
        </button>
      </form>
    </section>
  );
}
