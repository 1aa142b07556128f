"use client";

import { useEffect, useState } from "react";
import type { CompareIndex } from "@/lib/reader/compare-index";
import { selectionCss } from "@/lib/reader/filter-css";
import { passageIdFromHash } from "@/lib/reader/url-state";
import { SourceSwitch } from "../ui/source-switch";
import { type ReaderIds, useReaderState } from "./reader-store";
import { scrollOptions } from "./search-highlight";
import { SelectionBar } from "./selection-bar";

const passageEl = (id: string) =>
  document.querySelector<HTMLElement>(`[data-side-column] [data-passage="${CSS.escape(id)}"]`);

/** A passage in a collapsed comment thread: press the thread's button, so it opens as if the reader had. */
function openThread(id: string) {
  const region = passageEl(id)?.closest("[hidden]");
  if (region) document.querySelector<HTMLElement>(`[aria-controls="${region.id}"]`)?.click();
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
  const entry = selected ? index.passages[selected] : undefined;
  const shownSide = state.side ?? ids.sideIds[0];

  /** Makes a passage visible (its thread open, its side shown below the md breakpoint), then scrolls to it. */
  const goTo = (id: string, focus = false) => {
    const side = index.sides[id];
    openThread(id);
    if (window.matchMedia("(max-width: 767px)").matches && side && side !== shownSide) update({ side });
    // Once those changes are rendered.
    requestAnimationFrame(() => {
      const el = passageEl(id);
      if (!el || el.getClientRects().length === 0) return;
      el.scrollIntoView(scrollOptions("start"));
      if (focus) {
        el.tabIndex = -1;
        el.focus({ preventScroll: true });
      }
    });
  };

  const select = (id: string) => {
    if (selected === id) return setSelected(null);
    setSelected(id);
    const target = index.passages[id]?.ids ?? [];
    // Counterparts in a collapsed comment thread would be highlighted out of sight: open it.
    for (const t of target) openThread(t);
    if (target[0]) goTo(target[0]);
  };

  // After each render (a selection, a side switch): the buttons' state, and listeners calling this render's `select`.
  useEffect(() => {
    for (const b of document.querySelectorAll("[data-compare]"))
      b.setAttribute("aria-pressed", String(b.getAttribute("data-compare") === selected));
    const onClick = (e: MouseEvent) => {
      const id = (e.target as Element | null)?.closest?.("[data-compare]")?.getAttribute("data-compare");
      if (id) select(id);
    };
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setSelected(null);
    document.addEventListener("click", onClick);
    window.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("click", onClick);
      window.removeEventListener("keydown", onKey);
    };
  });

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
