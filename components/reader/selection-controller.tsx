"use client";

import { useCallback, useEffect, useState } from "react";
import type { CompareIndex } from "@/lib/reader/compare-index";
import { selectionCss } from "@/lib/reader/filter-css";
import { passageIdFromHash } from "@/lib/reader/url-state";
import { OPEN_THREAD } from "./islands";
import { type ReaderIds, useReaderState } from "./reader-store";
import { SelectionBar } from "./selection-bar";
import { SourceSwitch } from "./source-switch";

const prefersReducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;
/** Below the md breakpoint the full text shows one side at a time. */
const isPhone = () => window.matchMedia("(max-width: 767px)").matches;
const passageEl = (id: string) =>
  document.querySelector<HTMLElement>(`[data-side-column] [data-passage="${CSS.escape(id)}"]`);

/** A passage in a collapsed comment thread: open it. */
function openThread(index: CompareIndex, id: string) {
  if (index.comments[id] !== undefined)
    window.dispatchEvent(new CustomEvent(OPEN_THREAD, { detail: `${index.sides[id]}-comments` }));
}

interface Props extends ReaderIds {
  index: CompareIndex;
  /** The phone's source switch (`&side=`): side id → "News report + comments". */
  labels: { id: string; label: string }[];
}

/**
 * Compare ⇄ over the server-rendered full text: one listener for every passage's button, the selection
 * applied as a stylesheet, and the bar naming the fact. Opens a link's #passage at load. On phones, the
 * switch between sources.
 */
export function SelectionController({ index, labels, ...ids }: Props) {
  const [state, update] = useReaderState(ids, ["side"]);
  const [selected, setSelected] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ id: string; focus: boolean } | null>(null);
  const entry = selected ? index.passages[selected] : undefined;
  const shownSide = state.side ?? ids.sideIds[0];

  /** Makes a passage visible (its thread open, its side shown on phones), then scrolls to it. */
  const goTo = useCallback(
    (id: string, focus = false) => {
      const side = index.sides[id];
      openThread(index, id);
      if (isPhone() && side && side !== shownSide) update({ side });
      setReveal({ id, focus });
    },
    [index, shownSide, update],
  );

  // Scroll once the target is rendered and visible (after a side switch or a thread opening).
  useEffect(() => {
    if (!reveal) return;
    const el = passageEl(reveal.id);
    if (!el || el.getClientRects().length === 0) return;
    el.scrollIntoView({ block: "start", behavior: prefersReducedMotion() ? "auto" : "smooth" });
    if (reveal.focus) {
      el.tabIndex = -1;
      el.focus({ preventScroll: true });
    }
    setReveal(null);
  });

  const select = useCallback(
    (id: string) => {
      if (selected === id) return setSelected(null);
      setSelected(id);
      const target = index.passages[id]?.ids;
      // Counterparts in a collapsed comment thread would be highlighted out of sight: open it.
      for (const t of target ?? []) openThread(index, t);
      if (target?.[0]) goTo(target[0]);
    },
    [selected, index, goTo],
  );

  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const id = (e.target as Element | null)?.closest?.("[data-compare]")?.getAttribute("data-compare");
      if (id) select(id);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setSelected(null);
    };
    document.addEventListener("click", onClick);
    window.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("click", onClick);
      window.removeEventListener("keydown", onKey);
    };
  }, [select]);

  useEffect(() => {
    for (const b of document.querySelectorAll("[data-compare]"))
      b.setAttribute("aria-pressed", String(b.getAttribute("data-compare") === selected));
  }, [selected]);

  // Open at the link's passage: select it and go to it, focused.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at load
  useEffect(() => {
    const id = passageIdFromHash(window.location.hash);
    if (!id || !passageEl(id)) return;
    if (index.passages[id]) setSelected(id);
    goTo(id, true);
  }, []);

  return (
    <>
      <SourceSwitch
        labels={labels}
        value={shownSide}
        onChange={(side) => update({ side })}
        className="print:hidden"
      />
      <style>{selectionCss(selected, entry?.ids ?? [])}</style>
      {selected && entry && (
        <SelectionBar
          key={selected}
          entry={entry}
          index={index}
          onGo={(id) => goTo(id)}
          onBack={() => goTo(selected)}
          onClear={() => setSelected(null)}
        />
      )}
    </>
  );
}
