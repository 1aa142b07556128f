"use client";

import { useEffect, useMemo, useState } from "react";
import { answersByPrompt } from "@/lib/classroom/answers-feed";
import type { ComparisonText } from "@/lib/corpus/schema";
import { COMMENTS_SOURCE, KIND_LABELS } from "@/lib/corpus/sides";
import { ActivityTexts } from "./activity-texts";
import { AgreementPanel, agreementHeading } from "./agreement-panel";
import { AnswersList } from "./answers-list";
import type { Activity, DashboardData } from "./class-api";
import { DashboardActions } from "./dashboard-actions";
import { JoinCode } from "./join-code";
import { LabelCounts } from "./label-counts";
import { LabelGuide } from "./label-guide";
import { Participation } from "./participation";
import { loadJoinCode } from "./storage";
import { StudentList } from "./student-list";
import { TeacherKey } from "./teacher-key";
import { CARD } from "./ui";
import { useAnswersFeed } from "./use-answers-feed";

interface Props {
  token: string;
  activity: Activity;
  dashboard: DashboardData;
  comparison: ComparisonText;
  /** The last poll failed: the numbers shown may be behind. */
  stale: boolean;
  /** A new token after a rotation; null once this device forgot it. */
  onToken: (token: string | null) => void;
}

const H2 = "font-sans text-xl font-semibold";

/** The teacher's live view: join code, participation, the heat map over the texts, answers, agreement. */
export function TeacherDashboard({ token, activity, dashboard, comparison, stale, onToken }: Props) {
  const [origin, setOrigin] = useState("");
  const [keptCode, setKeptCode] = useState<string | null>(null);
  useEffect(() => {
    setOrigin(window.location.origin);
    setKeptCode(loadJoinCode(activity.id));
  }, [activity.id]);
  const joinCode = activity.joinCode ?? keptCode;
  const studentIds = useMemo(() => new Set(dashboard.students.map((s) => s.id)), [dashboard.students]);
  const answers = useAnswersFeed(activity.id, token, dashboard.version, studentIds);
  const byPrompt = useMemo(() => answersByPrompt(answers.feed), [answers.feed]);
  const topicLabels = new Map(comparison.topics.map((t) => [t.id, t.label]));
  const sideLabels = new Map<string, string>([[COMMENTS_SOURCE, "Reader comments"]]);
  for (const d of comparison.documents) if (d.replyTo === null) sideLabels.set(d.id, KIND_LABELS[d.kind]);
  const open = dashboard.open;
  // Whole texts: every passage shows, and every topic of the comparison has its row.
  const topics = activity.wholeTexts ? comparison.topics.map((t) => t.id) : activity.topics;
  const labelNames = new Map(activity.labels.map((l) => [l.id, l.label]));
  const passageNames = new Map(
    comparison.documents.flatMap((d) =>
      d.passages.map((p, i) => [p.id, `${d.replyTo === null ? KIND_LABELS[d.kind] : "Comment"} ¶${i + 1}`]),
    ),
  );

  return (
    <div className="space-y-10" data-ready={origin ? true : undefined}>
      <header className="space-y-2">
        <p className="font-sans text-sm font-semibold uppercase tracking-wider text-muted">Class dashboard</p>
        <h1 className="font-serif text-3xl font-bold leading-tight">{activity.title}</h1>
        <p className="text-muted">
          On “{comparison.title}”.{" "}
          <strong className="text-fg" data-open-state>
            {open ? "Open: students can join and save." : "Closed: students cannot join or save."}
          </strong>
        </p>
        {stale && (
          <p role="alert" className="font-sans text-sm font-semibold text-error">
            The last update failed; the numbers may be behind. Retrying.
          </p>
        )}
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-label="Join code" className={CARD}>
          {joinCode ? (
            <JoinCode code={joinCode} joinUrl={`${origin}/join`} />
          ) : (
            <p className="text-center font-sans">
              The join code was shown when the activity was started, in the browser that started it.
            </p>
          )}
          {!open && (
            <p className="mt-3 text-center font-sans font-semibold">
              Closed: the code does not work until you reopen the activity.
            </p>
          )}
        </section>
        <section aria-labelledby="participation-heading" className={`${CARD} space-y-3`}>
          <h2 id="participation-heading" className={H2}>
            Participation
          </h2>
          <Participation participation={dashboard.participation} />
          <DashboardActions activity={activity} open={open} token={token} />
        </section>
      </div>

      <section aria-labelledby="students-heading" className={`${CARD} space-y-3`}>
        <h2 id="students-heading" className={H2}>
          Students
        </h2>
        <StudentList
          classId={activity.id}
          token={token}
          students={dashboard.students}
          maxStudents={dashboard.maxStudents}
          labelNames={labelNames}
          passageNames={passageNames}
        />
      </section>

      <section aria-labelledby="heatmap-heading" className="space-y-4">
        <h2 id="heatmap-heading" className={H2}>
          Labels on the passages
        </h2>
        <p className="max-w-3xl font-sans text-sm text-muted">
          Each passage shows how many students tagged it and with which label. Stronger shading means more of
          the class tagged it; the numbers are always given in words.
        </p>
        <LabelGuide labels={activity.labels} />
        <ActivityTexts
          comparison={comparison}
          topics={activity.wholeTexts ? null : activity.topics}
          renderExtra={(p, name) => (
            <LabelCounts
              name={name}
              counts={dashboard.byPassage[p.id] ?? {}}
              labels={activity.labels}
              joined={dashboard.participation.joined}
            />
          )}
        />
      </section>

      <section aria-labelledby="answers-heading" className="space-y-4">
        <h2 id="answers-heading" className={H2}>
          Answers
        </h2>
        {answers.error && (
          <p role="alert" className="font-sans text-sm font-semibold text-[color:var(--error)]">
            Could not load new answers: {answers.error.message}. Retrying with the next update.
          </p>
        )}
        <AnswersList
          prompts={activity.prompts}
          answers={byPrompt}
          counts={dashboard.answers}
          topicLabels={topicLabels}
        />
      </section>

      <section aria-labelledby="agreement-heading" className="space-y-4">
        <h2 id="agreement-heading" className={H2}>
          {agreementHeading(dashboard.agreement)}
        </h2>
        <AgreementPanel
          agreement={dashboard.agreement}
          topics={topics}
          topicLabels={topicLabels}
          sideLabels={sideLabels}
        />
      </section>

      <section aria-labelledby="teacher-key-heading" className={`${CARD} space-y-3`}>
        <h2 id="teacher-key-heading" className={H2}>
          Your teacher link
        </h2>
        <TeacherKey classId={activity.id} token={token} onToken={onToken} />
      </section>
    </div>
  );
}
