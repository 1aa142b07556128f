import { useState } from "react";
import type { LocatedPassage } from "@/lib/reader/analysis";
import type { CompareResult, CounterpartGroup } from "@/lib/reader/counterparts";

interface Props {
  result: CompareResult;
  /** The highlighted passages, in page order. */
  targets: LocatedPassage[];
  /** The selected passage's topics that the other side also covers (for the same-topic fallback). */
  topicLabels: string[];
  labelOf: (passageId: string) => string;
  onGo: (target: LocatedPassage) => void;
  onBack: () => void;
  onClear: () => void;
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

function Reason({ group, labelOf }: { group: CounterpartGroup; labelOf: Props["labelOf"] }) {
  const where = group.ids.map(labelOf).join(", ");
  if (group.origin === "editors")
    return (
      <li>
        <span className="font-semibold">Both report:</span> {group.fact}{" "}
        <span className="text-muted">({where})</span>
      </li>
    );
  return (
    <li>
      {where}:{" "}
      {group.origin === "teacher"
        ? "linked by hand (a teacher's correction)"
        : `linked by the aligner, confidence ${pct(group.confidence ?? 0)}`}
    </li>
  );
}

/** A sticky status while a passage is selected: which fact links it to which passages, and a way through them. */
export function SelectionBar({ result, targets, topicLabels, labelOf, onGo, onBack, onClear }: Props) {
  const [index, setIndex] = useState(0);
  const n = targets.length;
  const go = (step: number) => {
    const next = (index + step + n) % n;
    setIndex(next);
    const target = targets[next];
    if (target) onGo(target);
  };
  const button = "rounded border border-border px-2 py-1";
  // Phones start with the facts folded, so the bar leaves the text on screen.
  const [wide] = useState(() => window.matchMedia("(min-width: 768px)").matches);
  const reasons =
    result.kind === "counterparts"
      ? result.groups.map((g) => <Reason key={`${g.fact}-${g.ids.join()}`} group={g} labelOf={labelOf} />)
      : null;
  const plural = (k: number) => `${k} passage${k === 1 ? "" : "s"}`;
  return (
    <div className="sticky top-2 z-20 mb-4 flex flex-wrap items-center gap-2 rounded-lg border border-accent bg-surface px-4 py-2 font-sans text-sm shadow-md print:hidden">
      <div role="status" className="min-w-0 flex-1 basis-full">
        {result.kind === "counterparts" ? (
          <>
            <p>
              {plural(n)} on the other side carr{n === 1 ? "ies" : "y"} the same fact, highlighted
              {result.groups.length === 1 ? ":" : "."}
            </p>
            {result.groups.length === 1 ? (
              <ul className="pl-1">{reasons}</ul>
            ) : (
              <details open={wide} className="mt-1">
                <summary className="cursor-pointer">Which facts link them ({result.groups.length})</summary>
                <ul className="max-h-[30vh] list-disc overflow-y-auto pl-5">{reasons}</ul>
              </details>
            )}
          </>
        ) : n === 0 ? (
          <p>No counterpart, and no passage on the other side shares this passage's topics.</p>
        ) : (
          <p>
            No counterpart: nothing links this passage to a fact on the other side. Showing instead the{" "}
            {plural(n)} on the same topic ({topicLabels.join(", ")}), highlighted.
          </p>
        )}
      </div>
      {n > 1 && (
        <>
          <button type="button" onClick={() => go(-1)} className={button}>
            ← Previous
          </button>
          <button type="button" onClick={() => go(1)} className={button}>
            Next →
          </button>
        </>
      )}
      <button type="button" onClick={onBack} className={button}>
        Back to selected passage
      </button>
      <button type="button" onClick={onClear} className={button}>
        Clear selection
      </button>
    </div>
  );
}
