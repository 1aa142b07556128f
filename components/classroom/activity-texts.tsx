import type { ReactNode } from "react";
import { passageNumber } from "@/lib/corpus/ids";
import type { ComparisonText, Passage } from "@/lib/corpus/schema";
import { sidesOf } from "@/lib/corpus/sides";
import { sideNames } from "@/lib/corpus/source-names";
import { DocumentCard } from "../reader/document-card";
import { PassageList } from "../reader/passage-list";
import type { PassageMarks } from "../reader/passage-marks";
import { sideColumns } from "../reader/side-columns";
import type { TopicStyle } from "../reader/topic-chip";
import { SideSwitch } from "./side-switch";

interface Props {
  comparison: ComparisonText;
  /** The activity's topics: only passages carrying one of them are shown. Null: every passage is. */
  topics: readonly string[] | null;
  /** What goes under each passage (the student's tag control, the teacher's counts); `name` is "¶4". */
  renderExtra: (passage: Passage, name: string) => ReactNode;
}

const NO_MARKS: PassageMarks = { query: "", onlyHere: new Set(), cues: null };

// Written out in full so Tailwind finds each class; a comparison has at most four sides.
const SHOWN = [
  "max-md:hidden max-md:group-data-[shown=0]/sides:block",
  "max-md:hidden max-md:group-data-[shown=1]/sides:block",
  "max-md:hidden max-md:group-data-[shown=2]/sides:block",
  "max-md:hidden max-md:group-data-[shown=3]/sides:block",
] as const;

/** The classes of the side at `index` in a SideSwitch: hidden on phones unless it is the one shown. */
const sideShownClass = (index: number): string => SHOWN[index] ?? SHOWN[0];

/**
 * Passages off screen are not laid out until they come near it (content-visibility), at about their
 * size meanwhile: the first layout of a phone's page, which held up its first paint, is a third as long.
 */
const LAZY_PASSAGES =
  "[&_[data-passage]]:[content-visibility:auto] [&_[data-passage]]:[contain-intrinsic-size:auto_14rem]";

/** "¶4" in a text, "comment 3 ¶2" in a comment: short, unique within a side, used in control names. */
export function passageName(passage: Passage, commentNumber: number | null): string {
  const n = passageNumber(passage.id) ?? passage.id;
  return commentNumber === null ? `¶${n}` : `comment ${commentNumber} ¶${n}`;
}

/**
 * The activity's passages side by side, as in the reader: each side a region named by its document,
 * passages in source order with their topic markers, then its comments. Phones show one side at a time.
 * No hooks: the student workspace renders it on the server (only the side switch is a client island);
 * the teacher's dashboard renders it in the browser.
 */
export function ActivityTexts({ comparison, topics, renderExtra }: Props) {
  const sides = sidesOf(comparison);
  const styles = new Map<string, TopicStyle>(
    comparison.topics.flatMap((t, index) =>
      !topics || topics.includes(t.id) ? [[t.id, { label: t.label, index }]] : [],
    ),
  );
  const names = sideNames(sides);
  const switchLabels = sides.map((side, i) => ({
    id: side.id,
    label: `${names[i]}${side.replies.length > 0 ? " + comments" : ""}`,
  }));
  const inActivity = (p: Passage) => !topics || p.topics.some((t) => styles.has(t));
  // PassageList groups list items into lists; each comment's number goes into its passages' names.
  const list = (passages: Passage[], commentNumber: number | null) => (
    <PassageList
      passages={passages}
      topics={styles}
      marks={NO_MARKS}
      renderExtra={(p) => renderExtra(p, passageName(p, commentNumber))}
    />
  );

  return (
    <SideSwitch labels={switchLabels} columns={sideColumns(sides.length)}>
      {sides.map((side, index) => {
        const main = side.main.passages.filter(inActivity);
        const replies = side.replies
          .map((doc) => ({ doc, passages: doc.passages.filter(inActivity) }))
          .filter((r) => r.passages.length > 0);
        return (
          <section
            key={side.id}
            aria-labelledby={`${side.id}-title`}
            data-side={side.id}
            className={`min-w-0 space-y-6 ${LAZY_PASSAGES} ${sideShownClass(index)}`}
          >
            <DocumentCard doc={side.main} headingId={`${side.id}-title`} />
            {main.length === 0 && (
              <p className="font-sans text-sm italic text-muted">
                No passage of this text is on these topics.
              </p>
            )}
            {list(main, null)}
            {replies.length > 0 && (
              <div className="space-y-4 border-t border-border pt-4">
                <h3 className="font-sans text-lg font-semibold">Reader comments</h3>
                {replies.map(({ doc, passages }) => (
                  <div key={doc.id} className="space-y-3">
                    <h4 className="font-sans text-sm font-semibold text-muted">{doc.title}</h4>
                    {list(passages, doc.number ?? 0)}
                  </div>
                ))}
              </div>
            )}
          </section>
        );
      })}
    </SideSwitch>
  );
}
