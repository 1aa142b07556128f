import type { Passage } from "@/lib/corpus/schema";
import type { Side } from "@/lib/corpus/sides";
import { sideNames } from "@/lib/corpus/source-names";
import { COMPARE_LABEL } from "@/lib/reader/compare-dom";
import type { CompareIndex } from "@/lib/reader/compare-index";
import type { PassageMarks } from "./passage-marks";
import type { ReaderIds } from "./reader-store";
import { SelectionController } from "./selection-controller";
import { SideColumn } from "./side-column";
import { sideColumns } from "./side-columns";
import type { TopicStyle } from "./topic-chip";

interface Props {
  ids: ReaderIds;
  sides: Side[];
  /** side id → when it was written relative to the others */
  timeNotes: ReadonlyMap<string, string>;
  styles: ReadonlyMap<string, TopicStyle>;
  marks: PassageMarks;
  index: CompareIndex;
}

/**
 * Each document whole and in order, rendered on the server. Compare ⇄ is a plain button per passage;
 * one island (SelectionController) listens to them all. Phones show one side (a stylesheet picks it).
 */
export function FullTextView({ ids, sides, timeNotes, styles, marks, index }: Props) {
  const compareButton = (passage: Passage) => {
    if (!index.passages[passage.id]) return null;
    const labels = passage.topics
      .map((t) => styles.get(t)?.label)
      .filter(Boolean)
      .join(", ");
    const note = ` the same fact on the other side${labels ? ` (${labels})` : ""}`;
    // The name in aria-label, not a visually hidden span: each such span is a box and a paint layer of
    // its own, restyled and laid out again whenever a filter click shows its passage.
    return (
      <button
        type="button"
        data-compare={passage.id}
        aria-pressed="false"
        aria-label={COMPARE_LABEL.off + note}
        className="compare"
      >
        {COMPARE_LABEL.off}
      </button>
    );
  };
  const names = sideNames(sides);
  const switchLabels = sides.map((side, i) => ({
    id: side.id,
    label: `${names[i]}${side.replies.length > 0 ? " + comments" : ""}`,
  }));
  return (
    <div>
      <SelectionController index={index} labels={switchLabels} {...ids} />
      <div className={`grid gap-10 ${sideColumns(sides.length)}`}>
        {sides.map((side) => (
          <SideColumn
            key={side.id}
            ids={ids}
            side={side}
            topics={styles}
            marks={marks}
            timeNote={timeNotes.get(side.id)}
            renderExtra={compareButton}
          />
        ))}
      </div>
    </div>
  );
}
