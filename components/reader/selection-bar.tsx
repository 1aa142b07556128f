import { useLayoutEffect, useRef, useState } from "react";
import type { CompareEntry, CompareIndex } from "@/lib/reader/compare-index";
import { reasonText, selectionSummary } from "@/lib/reader/selection-text";

interface Props {
  entry: CompareEntry;
  index: CompareIndex;
  onGo: (passageId: string) => void;
  onBack: () => void;
  onClear: () => void;
}

const WIDE = "(min-width: 768px)";

/**
 * The status while a passage is selected: which fact links it to which passages, and a way through them.
 * Sticky at the top on wide screens (passages scroll to just below it), at the bottom of a phone's screen.
 */
export function SelectionBar({ entry, index, onGo, onBack, onClear }: Props) {
  const [at, setAt] = useState(0);
  const bar = useRef<HTMLDivElement>(null);
  // Passages land below the bar (scroll-margin in globals.css); on phones the page makes room under it.
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    const measure = () => {
      const wide = window.matchMedia(WIDE).matches;
      root.setProperty("--selection-top", `${wide ? bar.current?.offsetHeight : 0}px`);
      root.setProperty("--selection-bottom", `${wide ? 0 : bar.current?.offsetHeight}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (bar.current) observer.observe(bar.current);
    return () => {
      observer.disconnect();
      root.removeProperty("--selection-top");
      root.removeProperty("--selection-bottom");
    };
  }, []);
  const n = entry.ids.length;
  const go = (step: number) => {
    const next = (at + step + n) % n;
    setAt(next);
    onGo(entry.ids[next] ?? "");
  };
  const reasons = entry.groups.map((group) => {
    const { fact, where, link } = reasonText(group, index);
    return fact === null ? (
      <li key={group.ids.join()}>
        {where}: {link}
      </li>
    ) : (
      <li key={group.ids.join()}>
        <span className="font-semibold">Both report:</span> {fact}{" "}
        <span className="text-muted">({where})</span>
      </li>
    );
  });
  const button = "rounded border border-border px-2 py-1";
  return (
    <div
      ref={bar}
      className="sticky top-2 z-20 mb-4 flex flex-wrap items-center gap-2 rounded-lg border border-accent bg-surface px-4 py-2 font-sans text-sm shadow-md max-md:fixed max-md:inset-x-2 max-md:top-auto max-md:bottom-2 max-md:mb-0 max-md:max-h-[40vh] max-md:overflow-y-auto print:hidden"
    >
      <div role="status" className="min-w-0 flex-1 basis-full">
        <p>{selectionSummary(entry)}</p>
        {entry.kind === "counterparts" &&
          (entry.groups.length === 1 ? (
            <ul className="pl-1">{reasons}</ul>
          ) : (
            <details open={window.matchMedia(WIDE).matches} className="mt-1">
              <summary className="cursor-pointer">Which facts link them ({entry.groups.length})</summary>
              <ul className="max-h-[30vh] list-disc overflow-y-auto pl-5">{reasons}</ul>
            </details>
          ))}
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
