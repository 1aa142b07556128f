import { useCallback, useEffect, useState } from "react";
import { stepMatch } from "@/lib/reader/match-nav";

/** Search matches shown on the page (hidden rows, collapsed threads and the other phone side excluded). */
function visibleMarks(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("[data-reader-content] mark[data-match]")].filter(
    (el) => el.getClientRects().length > 0,
  );
}

const prefersReducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * Next/previous through the highlighted matches: the current one is marked `data-current` (styled in
 * globals.css) and scrolled to the middle of the screen. The count follows every render of the reader.
 */
export function useMatchNav(query: string) {
  const [current, setCurrent] = useState<number | null>(null);
  const [total, setTotal] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new query starts over
  useEffect(() => setCurrent(null), [query]);
  useEffect(() => {
    setTotal(visibleMarks().length);
  });
  const go = useCallback(
    (step: 1 | -1) => {
      const marks = visibleMarks();
      const next = stepMatch(current, marks.length, step);
      for (const el of document.querySelectorAll("mark[data-current]")) el.removeAttribute("data-current");
      setCurrent(next);
      setTotal(marks.length);
      const el = next === null ? undefined : marks[next];
      if (!el) return;
      el.setAttribute("data-current", "");
      el.scrollIntoView({ block: "center", behavior: prefersReducedMotion() ? "auto" : "smooth" });
    },
    [current],
  );
  return { current, total, go };
}
