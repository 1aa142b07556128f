"use client";

import { useState } from "react";
import { type FeedEntry, nextShown } from "@/lib/classroom/answers-feed";
import type { ActivityPrompt } from "@/lib/classroom/prompts";
import { SMALL } from "./ui";

interface Props {
  prompts: readonly ActivityPrompt[];
  /** promptId → answers received so far. */
  answers: ReadonlyMap<string, FeedEntry[]>;
  /** promptId → how many answers the class has (the summary's count; texts may still be arriving). */
  counts: Readonly<Record<string, number>>;
  topicLabels: ReadonlyMap<string, string>;
}

const STEP = 10;

/** Every prompt with its answers (name and text), ten at a time, in the activity's order. */
export function AnswersList({ prompts, answers, counts, topicLabels }: Props) {
  return (
    <ol className="space-y-4">
      {prompts.map((p, i) => (
        <PromptAnswers
          key={p.id}
          prompt={p}
          number={i + 1}
          topic={p.topic ? (topicLabels.get(p.topic) ?? p.topic) : null}
          list={answers.get(p.id) ?? []}
          count={counts[p.id] ?? 0}
        />
      ))}
    </ol>
  );
}

function PromptAnswers(props: {
  prompt: ActivityPrompt;
  number: number;
  topic: string | null;
  list: FeedEntry[];
  count: number;
}) {
  const { prompt, number, topic, list, count } = props;
  const [shown, setShown] = useState(STEP);
  const visible = list.slice(0, shown);
  const left = list.length - visible.length;
  const headingId = `prompt-${prompt.id}-heading`;
  return (
    <li className="rounded-lg border border-border bg-surface p-4" data-prompt={prompt.id}>
      <h3 id={headingId} className="font-sans font-semibold">
        <span className="mr-1 text-muted">
          Question {number}
          {topic ? ` · ${topic}` : ""}:
        </span>
        {prompt.text}
      </h3>
      <p className="mt-1 font-sans text-sm text-muted">
        {count === 0 ? "No answers yet." : `${count} ${count === 1 ? "answer" : "answers"}`}
        {visible.length > 0 && visible.length < count ? ` · showing ${visible.length}` : ""}
      </p>
      {visible.length > 0 && (
        <ul className="mt-2 space-y-2" aria-labelledby={headingId}>
          {visible.map((a) => (
            <li key={a.studentId} className="border-l-4 border-border pl-3">
              <p className="font-sans text-sm font-semibold">{a.student}</p>
              <p className="whitespace-pre-wrap break-words">{a.text}</p>
            </li>
          ))}
        </ul>
      )}
      {left > 0 && (
        <button
          type="button"
          className={`${SMALL} mt-3`}
          onClick={() => setShown((n) => nextShown(n, list.length, STEP))}
        >
          {`Show ${Math.min(STEP, left)} more`}
          <span className="sr-only">{` answers to question ${number}`}</span>
          {` (${left} not shown)`}
        </button>
      )}
    </li>
  );
}
