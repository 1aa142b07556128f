import type { ComparisonText } from "@/lib/corpus/schema";
import { ActivityTexts } from "./activity-texts";
import { StudentSeatProvider } from "./student-seat";
import { ActivityHeading, ActivityLabels, DeviceNote, JoinedAs, MyWork } from "./student-slots";
import { PassageTag, Questions } from "./student-tags";

interface Props {
  classId: string;
  /**
   * The class's passages, already narrowed to its topics (lib/classroom/service-texts.ts): rendered here,
   * on the server, every one of them.
   */
  texts: ComparisonText;
}

/**
 * Tag passages and answer prompts; every change is queued locally first, so nothing is lost offline.
 * A server component: the texts arrive as HTML with the page. What needs the student's seat (the
 * activity, their work, drafts and outbox) lives in small client islands fed by StudentSeatProvider.
 */
export function StudentWorkspace({ classId, texts }: Props) {
  const topicLabels = Object.fromEntries(texts.topics.map((t) => [t.id, t.label]));
  return (
    <StudentSeatProvider classId={classId}>
      {/* `data-student-page`: the site header leaves out the teachers' links (globals.css). */}
      <div className="space-y-8" data-student-page>
        <header className="space-y-2">
          <p className="font-sans text-sm font-semibold uppercase tracking-wider text-muted">
            Class activity
          </p>
          <ActivityHeading />
          <p className="text-muted">On “{texts.title}”.</p>
          <JoinedAs />
          <DeviceNote />
        </header>

        <section
          aria-labelledby="my-work"
          className="space-y-2 rounded-lg border border-border bg-surface p-4"
        >
          <h2 id="my-work" className="font-sans text-lg font-semibold">
            My work
          </h2>
          <MyWork />
          <p className="font-sans text-sm text-muted">
            Changes are kept in this browser until they reach your teacher, even if the connection drops.{" "}
            <a href="#questions" className="text-accent underline">
              Go to the questions
            </a>
          </p>
        </section>

        <ActivityLabels />

        <section aria-labelledby="texts-heading" className="space-y-4">
          <h2 id="texts-heading" className="font-sans text-xl font-semibold">
            Tag the passages
          </h2>
          <ActivityTexts
            comparison={texts}
            topics={null}
            renderExtra={(p, name) => <PassageTag passageId={p.id} name={name} />}
          />
        </section>

        <section id="questions" aria-labelledby="questions-heading" className="scroll-mt-4 space-y-4">
          <h2 id="questions-heading" className="font-sans text-xl font-semibold">
            Questions
          </h2>
          <Questions topicLabels={topicLabels} />
        </section>
      </div>
    </StudentSeatProvider>
  );
}
