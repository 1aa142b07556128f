"use client";

import { type ReactNode, useMemo, useState } from "react";
import { passageNumber } from "@/lib/corpus/ids";
import type { ComparisonText, Passage } from "@/lib/corpus/schema";
import { sidesOf } from "@/lib/corpus/sides";
import { sideNames } from "@/lib/corpus/source-names";
import { DocumentCard } from "../reader/document-card";
import { PassageList } from "../reader/passage-list";
import type { PassageMarks } from "../reader/passage-marks";
import { sideColumns } from "../reader/side-columns";
import { SourceSwitch } from "../reader/source-switch";
import type { TopicStyle } from "../reader/topic-chip";

interface Props {
  comparison: ComparisonText;
  /** The activity's topics: only passages carrying one of them are shown. */
  topics: readonly string[];
  /** What goes under each passage (the student's tag control, the teacher's counts); `name` is "¶4". */
  renderExtra: (passage: Passage, name: string) => ReactNode;
}

const NO_MARKS: PassageMarks = { query: "", onlyHere: new Set(), cues: null };

/** "¶4" in a text, "comment 3 ¶2" in a comment: short, unique within a side, used in control names. */
export function passageName(passage: Passage, commentNumber: number | null): string {
  const n = passageNumber(passage.id) ?? passage.id;
  return commentNumber === null ? `¶${n}` : `comment ${commentNumber} ¶${n}`;
}

/**
 * The activity's passages side by side, as in the reader: each side a region named by its document,
 * passages in source order with their topic markers, then its comments. Phones show one side at a time.
 */
export function ActivityTexts({ comparison, topics, renderExtra }: Props) {
  const sides = useMemo(() => sidesOf(comparison), [comparison]);
  const styles = useMemo(
    () =>
      new Map<string, TopicStyle>(
        comparison.topics.flatMap((t, index) =>
          topics.includes(t.id) ? [[t.id, { label: t.label, index }]] : [],
        ),
      ),
    [comparison, topics],
  );
  const [shown, setShown] = useState(sides[0]?.id);
  const switchLabels = useMemo(() => {
    const names = sideNames(sides);
    return sides.map((side, i) => ({
      id: side.id,
      label: `${names[i]}${side.replies.length > 0 ? " + comments" : ""}`,
    }));
  }, [sides]);
  const inActivity = (p: Passage) => p.topics.some((t) => styles.has(t));
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
    <div>
      <SourceSwitch labels={switchLabels} value={shown} onChange={setShown} />
      <div className={`grid gap-10 ${sideColumns(sides.length)}`}>
        {sides.map((side) => {
          const main = side.main.passages.filter(inActivity);
          const replies = side.replies
            .map((doc) => ({ doc, passages: doc.passages.filter(inActivity) }))
            .filter((r) => r.passages.length > 0);
          return (
            <section
              key={side.id}
              aria-labelledby={`${side.id}-title`}
              data-side={side.id}
              className={`min-w-0 space-y-6 ${shown === side.id ? "" : "max-md:hidden"}`}
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
      </div>
    </div>
  );
}
