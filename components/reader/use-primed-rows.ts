import { type RefObject, useEffect } from "react";
import { whenIdle } from "../ui/when-idle";

const primed = new WeakSet<Element>();
const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Topic rows use `content-visibility: auto` (app/globals.css). A row that has never been rendered has
 * a placeholder height, so the links inside it sit at guessed positions, overlapping the next row's;
 * tools that hit-test the page (axe's target-size check) then report them as obscured. When the page
 * is idle, each displayed row not rendered yet is rendered for one frame, one row per frame, so the
 * browser records its real height (`contain-intrinsic-size: auto`). Runs again when `key` (the filter)
 * changes, for rows it has just revealed. `data-priming` on the container marks the work in progress.
 */
export function usePrimedRows(container: RefObject<HTMLElement | null>, key: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the trigger: a new filter may reveal rows not primed yet.
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let cancelled = false;
    let current: HTMLElement | null = null;
    root.setAttribute("data-priming", "");
    const cancelIdle = whenIdle(async () => {
      for (const row of root.querySelectorAll<HTMLElement>("[data-row]")) {
        if (cancelled) return;
        // No client rects: the row is filtered out (display: none) and has no height to remember.
        if (primed.has(row) || row.getClientRects().length === 0) continue;
        current = row;
        row.style.contentVisibility = "visible";
        await nextFrame();
        row.style.removeProperty("content-visibility");
        current = null;
        primed.add(row);
      }
      if (!cancelled) root.removeAttribute("data-priming");
    });
    return () => {
      cancelled = true;
      cancelIdle();
      current?.style.removeProperty("content-visibility");
    };
  }, [container, key]);
}
