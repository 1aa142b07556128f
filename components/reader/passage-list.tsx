import { memo, type ReactNode } from "react";
import type { Passage } from "@/lib/corpus/schema";
import { PassageBlock } from "./passage-block";
import type { PassageMarks } from "./passage-marks";
import type { TopicStyle } from "./topic-chip";

interface Props {
  passages: Passage[];
  topics: ReadonlyMap<string, TopicStyle>;
  marks: PassageMarks;
  /** Per-passage extras supplied by the view (e.g. "how the other side covers this"). */
  renderExtra?: (passage: Passage) => ReactNode;
}

/**
 * Passages in source order; consecutive list items share one list so screen readers announce it.
 * Memoised: filtering and selection restyle passages without re-rendering them (see filter-css.ts).
 */
export const PassageList = memo(function PassageList({ passages, topics, marks, renderExtra }: Props) {
  const groups: Passage[][] = [];
  for (const p of passages) {
    const last = groups.at(-1);
    if (p.type === "list-item" && last?.[0]?.type === "list-item") last.push(p);
    else groups.push([p]);
  }
  const block = (p: Passage) => (
    <PassageBlock
      key={p.id}
      passage={p}
      topics={topics}
      query={marks.query}
      onlyHere={marks.onlyHere.has(p.id)}
      cues={marks.cues?.[p.id]}
    >
      {renderExtra?.(p)}
    </PassageBlock>
  );
  return (
    <div className="space-y-4">
      {groups.map((group) =>
        group[0]?.type === "list-item" ? (
          <ul key={group[0].id} className="space-y-3">
            {group.map(block)}
          </ul>
        ) : (
          group.map(block)
        ),
      )}
    </div>
  );
});
