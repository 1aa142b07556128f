"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { Passage, TopicWithSummaries } from "@/lib/corpus/schema";
import type { Side } from "@/lib/corpus/sides";
import type { LocatedPassage } from "@/lib/reader/analysis";
import { type EditorialLinks, findCounterparts } from "@/lib/reader/counterparts";
import { selectionCss } from "@/lib/reader/filter-css";
import { passageIdFromHash } from "@/lib/reader/url-state";
import type { PassageMarks } from "./passage-marks";
import { SelectionBar } from "./selection-bar";
import { SideColumn } from "./side-column";
import { sideColumns } from "./side-columns";
import { SourceSwitch } from "./source-switch";
import type { TopicStyle } from "./topic-chip";

interface Props {
  sides: Side[];
  topics: TopicWithSummaries[];
  /** side id → when it was written relative to the others */
  timeNotes: ReadonlyMap<string, string>;
  located: LocatedPassage[];
  styles: ReadonlyMap<string, TopicStyle>;
  marks: PassageMarks;
  filtering: boolean;
  /** Phones show one side at a time: the chosen side id, or null for the first. */
  phoneSide: string | null;
  onPhoneSide: (sideId: string) => void;
  /** A passage to open at ("Read in context", or the URL's #passage-id). */
  focusId: string | null;
  /** The editors' shared facts (seed); null: counterpart links (imports). */
  editorial: EditorialLinks | null;
  labelOf: (passageId: string) => string;
}

const prefersReducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;
/** Below the md breakpoint the full text shows one side at a time. */
const isPhone = () => window.matchMedia("(max-width: 767px)").matches;

export function FullTextView(props: Props) {
  const { sides, topics, timeNotes, located, styles, marks, filtering, phoneSide, onPhoneSide, focusId } =
    props;
  const { editorial, labelOf } = props;
  const [selected, setSelected] = useState<string | null>(null);
  const [commentChoice, setCommentChoice] = useState<Record<string, boolean>>({});
  const [pendingReveal, setPendingReveal] = useState<{ id: string; focus: boolean } | null>(null);
  const byId = useMemo(() => new Map(located.map((l) => [l.passage.id, l])), [located]);
  const compareOf = useCallback(
    (id: string) => {
      const result = findCounterparts(located, id, editorial);
      return { result, targets: result.ids.flatMap((t) => byId.get(t) ?? []) };
    },
    [located, editorial, byId],
  );
  const comparing = useMemo(() => (selected ? compareOf(selected) : null), [selected, compareOf]);
  const related = comparing?.targets ?? [];
  const shownSide = phoneSide ?? sides[0]?.id;

  /**
   * Makes a passage visible (its comment thread open, its side shown on phones), then scrolls to it;
   * with `focus`, keyboard and screen-reader users land on it too.
   */
  const goTo = useCallback(
    (target: LocatedPassage, focus = false) => {
      if (target.commentNumber !== null) setCommentChoice((c) => ({ ...c, [target.side.id]: true }));
      if (isPhone() && target.side.id !== shownSide) onPhoneSide(target.side.id);
      setPendingReveal({ id: target.passage.id, focus });
    },
    [shownSide, onPhoneSide],
  );

  // Scroll once the target is rendered and visible (after a side switch or a thread opening).
  useEffect(() => {
    if (!pendingReveal) return;
    const el = document.querySelector<HTMLElement>(`[data-passage="${pendingReveal.id}"]`);
    if (!el || el.getClientRects().length === 0) return;
    el.scrollIntoView({ block: "center", behavior: prefersReducedMotion() ? "auto" : "smooth" });
    if (pendingReveal.focus) {
      el.tabIndex = -1;
      el.focus({ preventScroll: true });
    }
    setPendingReveal(null);
  });

  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setSelected(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [selected]);

  // Open at a passage: select it and go to it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the target changes; later scrolling and selecting are the reader's
  useEffect(() => {
    const target = focusId ?? passageIdFromHash(window.location.hash);
    const at = target ? located.find((l) => l.passage.id === target) : undefined;
    if (!at) return;
    if (at.passage.topics.length > 0) setSelected(at.passage.id);
    goTo(at, true);
  }, [focusId]);

  const select = useCallback(
    (passage: Passage) => {
      if (selected === passage.id) {
        setSelected(null);
        return;
      }
      setSelected(passage.id);
      const { targets } = compareOf(passage.id);
      // Counterparts in a collapsed comment thread would be highlighted out of sight: open it.
      const threads = targets.filter((t) => t.commentNumber !== null).map((t) => [t.side.id, true]);
      if (threads.length > 0) setCommentChoice((c) => ({ ...c, ...Object.fromEntries(threads) }));
      const first = targets[0];
      if (first) goTo(first);
    },
    [compareOf, selected, goTo],
  );

  const renderExtra = useCallback(
    (passage: Passage) => {
      if (passage.topics.length === 0) return null;
      const labels = passage.topics
        .map((t) => styles.get(t)?.label)
        .filter(Boolean)
        .join(", ");
      const on = selected === passage.id;
      return (
        <button
          type="button"
          aria-pressed={on}
          onClick={() => select(passage)}
          className="mt-1.5 inline-flex min-h-6 items-center rounded border border-border px-2 py-0.5 font-sans text-xs text-fg hover:bg-bg aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-fg print:hidden"
        >
          {on ? "Comparing ✓" : "Compare ⇄"}
          <span className="sr-only"> the same fact on the other side ({labels})</span>
        </button>
      );
    },
    [selected, select, styles],
  );

  const commentsOpen = (side: Side) => commentChoice[side.id] ?? (filtering || Boolean(marks.query));
  const selectedPassage = located.find((l) => l.passage.id === selected);
  const sharedTopics = topics.filter(
    (t) =>
      selectedPassage?.passage.topics.includes(t.id) && related.some((r) => r.passage.topics.includes(t.id)),
  );

  return (
    <div>
      <style>
        {selectionCss(
          selected,
          related.map((r) => r.passage.id),
        )}
      </style>
      <SourceSwitch sides={sides} value={shownSide} onChange={onPhoneSide} className="print:hidden" />
      {selectedPassage && comparing && (
        <SelectionBar
          key={selectedPassage.passage.id}
          result={comparing.result}
          targets={related}
          labelOf={labelOf}
          topicLabels={sharedTopics.map((t) => t.label)}
          onGo={goTo}
          onBack={() => goTo(selectedPassage, true)}
          onClear={() => setSelected(null)}
        />
      )}
      <div className={`grid gap-10 ${sideColumns(sides.length)}`}>
        {sides.map((side) => (
          <SideColumn
            key={side.id}
            side={side}
            topics={styles}
            marks={marks}
            timeNote={timeNotes.get(side.id)}
            commentsOpen={commentsOpen(side)}
            onToggleComments={() => setCommentChoice((c) => ({ ...c, [side.id]: !commentsOpen(side) }))}
            renderExtra={renderExtra}
            className={shownSide === side.id ? "" : "max-md:hidden print:block"}
          />
        ))}
      </div>
    </div>
  );
}
