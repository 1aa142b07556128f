"use client";

import { useEffect, useState } from "react";
import { focusBackFromBar, landOn, markPressed, openThread, passageEl } from "@/lib/reader/compare-dom";
import type { CompareIndex } from "@/lib/reader/compare-index";
import { selectionCss } from "@/lib/reader/filter-css";
import { passageIdFromHash } from "@/lib/reader/url-state";
import { SourceSwitch } from "../ui/source-switch";
import { type ReaderIds, useReaderState } from "./reader-store";
import { SelectionBar } from "./selection-bar";

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

  /** Makes a passage visible (its thread open, its side shown below the md breakpoint), then lands on it. */
  const goTo = (id: string, focus?: "passage" | "button" | "bar") => {
    const side = index.sides[id];
    openThread(id);
    if (window.matchMedia("(max-width: 767px)").matches && side && side !== shownSide) update({ side });
    requestAnimationFrame(() => landOn(id, focus)); // once those changes are rendered
  };

  const select = (id: string) => {
    if (selected === id) return setSelected(null);
    setSelected(id);
    const target = index.passages[id]?.ids ?? [];
    // Counterparts in a collapsed comment thread would be highlighted out of sight: open it.
    for (const t of target) openThread(t);
    if (target[0]) goTo(target[0], "bar");
  };
  const clear = () => {
    if (selected) focusBackFromBar(selected);
    setSelected(null);
  };

  // After each render (a selection, a side switch): the buttons' state, and listeners calling this render's `select`.
  useEffect(() => {
    markPressed(selected);
    const onClick = (e: MouseEvent) => {
      const id = (e.target as Element | null)?.closest?.("[data-compare]")?.getAttribute("data-compare");
      if (id) select(id);
    };
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && clear();
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
    goTo(id, "passage");
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
          onBack={() => goTo(selected, "button")}
          onClear={clear}
        />
      )}
    </>
  );
}
