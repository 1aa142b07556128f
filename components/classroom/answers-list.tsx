import type { Dashboard } from "@/lib/classroom/dashboard";
import type { ActivityPrompt } from "@/lib/classroom/prompts";

interface Props {
  prompts: readonly ActivityPrompt[];
  answers: Dashboard["answers"];
  topicLabels: ReadonlyMap<string, string>;
}

/** Every prompt with the students' answers under it (name and text), in the activity's order. */
export function AnswersList({ prompts, answers, topicLabels }: Props) {
  return (
    <ol className="space-y-4">
      {prompts.map((p, i) => {
        const list = answers[p.id] ?? [];
        return (
          <li key={p.id} className="rounded-lg border border-border bg-surface p-4" data-prompt={p.id}>
            <h3 className="font-sans font-semibold">
              <span className="mr-1 text-muted">
                Question {i + 1}
                {p.topic ? ` · ${topicLabels.get(p.topic) ?? p.topic}` : ""}:
              </span>
              {p.text}
            </h3>
            <p className="mt-1 font-sans text-sm text-muted">
              {list.length === 0
                ? "No answers yet."
                : `${list.length} ${list.length === 1 ? "answer" : "answers"}`}
            </p>
            {list.length > 0 && (
              <ul className="mt-2 space-y-2">
                {list.map((a) => (
                  <li key={a.studentId} className="border-l-4 border-border pl-3">
                    <p className="font-sans text-sm font-semibold">{a.student}</p>
                    <p className="whitespace-pre-wrap">{a.text}</p>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
