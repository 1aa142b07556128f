import { useLayoutEffect, useRef, useState } from "react";
import { reserveRoom } from "@/lib/reader/compare-dom";
import type { CompareEntry, CompareIndex } from "@/lib/reader/compare-index";
import { reasonText, selectionPosition, selectionShort, selectionSummary } from "@/lib/reader/selection-text";

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
 * Sticky at the top on wide screens (passages scroll to just below it); one line at the bottom of a
 * phone's screen, its reasons a tap away. Compare ⇄ focuses it (`data-selection-bar`).
 */
export function SelectionBar({ entry, index, onGo, onBack, onClear }: Props) {
  const [at, setAt] = useState(0);
  const [open, setOpen] = useState(false);
  const bar = useRef<HTMLElement>(null);
  // Passages land below the bar (scroll-margin in globals.css); on phones the page makes room under it.
  useLayoutEffect(() => (bar.current ? reserveRoom(bar.current, WIDE) : undefined), []);
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
  const button = "inline-flex min-h-9 min-w-9 items-center justify-center rounded border border-border px-2";
  const labelled = (icon: string, text: string) => (
    <>
      <span aria-hidden="true">{icon}</span>
      <span className="ml-1 max-md:sr-only">{text}</span>
    </>
  );
  return (
    <section
      ref={bar}
      tabIndex={-1}
      data-selection-bar
      aria-label="Compare"
      className="sticky top-2 z-20 mb-4 flex flex-wrap items-center gap-2 rounded-lg border border-accent bg-surface px-4 py-2 font-sans text-sm shadow-md max-md:fixed max-md:inset-x-2 max-md:top-auto max-md:bottom-2 max-md:mb-0 max-md:max-h-[50vh] max-md:gap-1.5 max-md:overflow-y-auto max-md:px-2 max-md:py-1.5 print:hidden"
    >
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="min-h-9 min-w-0 flex-1 truncate text-left font-semibold md:hidden"
      >
        {selectionShort(entry, at)} <span aria-hidden="true">{open ? "▾" : "▴"}</span>
        <span className="sr-only">: why</span>
      </button>
      {/* Read in full to screen readers on phones too, shown there when opened. */}
      <div role="status" className={`min-w-0 basis-full ${open ? "max-md:order-first" : "max-md:sr-only"}`}>
        <p>{selectionSummary(entry)}</p>
        {entry.kind === "counterparts" && (
          <ul className="list-disc pl-5 md:max-h-[30vh] md:overflow-y-auto">{reasons}</ul>
        )}
        {n > 1 && <p>{selectionPosition(entry, at, index)}</p>}
      </div>
      {n > 1 && (
        <>
          <button type="button" onClick={() => go(-1)} className={button}>
            {labelled("←", "Previous")}
          </button>
          <button type="button" onClick={() => go(1)} className={button}>
            {labelled("→", "Next")}
          </button>
        </>
      )}
      <button type="button" onClick={onBack} className={button}>
        {labelled("↩", "Back to selected passage")}
      </button>
      <button type="button" onClick={onClear} className={button}>
        {labelled("✕", "Clear selection")}
      </button>
    </section>
  );
}
