import { useState } from "react";
import type { LocatedPassage } from "@/lib/reader/analysis";

interface Props {
  related: LocatedPassage[];
  /** The selected passage's topics that the other side also covers. */
  topicLabels: string[];
  onGo: (target: LocatedPassage) => void;
  onBack: () => void;
  onClear: () => void;
}

/** A sticky status while a passage is selected: how many counterparts, and a way through them. */
export function SelectionBar({ related, topicLabels, onGo, onBack, onClear }: Props) {
  const [index, setIndex] = useState(0);
  const n = related.length;
  const go = (step: number) => {
    const next = (index + step + n) % n;
    setIndex(next);
    const target = related[next];
    if (target) onGo(target);
  };
  const button = "rounded border border-border px-2 py-1";
  return (
    <div className="sticky top-2 z-20 mb-4 flex flex-wrap items-center gap-2 rounded-lg border border-accent bg-surface px-4 py-2 font-sans text-sm shadow-md print:hidden">
      <p role="status" className="min-w-0 flex-1 basis-full sm:basis-auto">
        {n === 0
          ? "No passage on the other side shares this passage's topics: only here."
          : `${n} passage${n === 1 ? "" : "s"} on the other side share${n === 1 ? "s" : ""} its topics (${topicLabels.join(", ")}), highlighted.`}
      </p>
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
