/**
 * Compare ⇄'s work on the server-rendered full text, DOM only, no framework (the island is
 * components/reader/selection-controller.tsx; tested in jsdom).
 */

export const passageEl = (id: string) =>
  document.querySelector<HTMLElement>(`[data-side-column] [data-passage="${CSS.escape(id)}"]`);
export const compareButton = (id: string) =>
  passageEl(id)?.querySelector<HTMLElement>("[data-compare]") ?? null;
/** Compare ⇄'s visible label by its state: the server renders `off`, `markPressed` swaps it. */
export const COMPARE_LABEL = { off: "Compare ⇄", on: "Comparing ✓" } as const;

/**
 * The selected passage's Compare ⇄ pressed, every other one not: its state, its label (the button's
 * text) and its name (aria-label: the label, then what it compares). Writes only what changes.
 */
export function markPressed(selected: string | null): void {
  for (const b of document.querySelectorAll("[data-compare]")) {
    const on = b.getAttribute("data-compare") === selected;
    const label = on ? COMPARE_LABEL.on : COMPARE_LABEL.off;
    if (b.getAttribute("aria-pressed") !== String(on)) b.setAttribute("aria-pressed", String(on));
    if (b.textContent !== label) b.textContent = label;
    const name = b.getAttribute("aria-label") ?? "";
    const note = name.slice(
      (name.startsWith(COMPARE_LABEL.on) ? COMPARE_LABEL.on : COMPARE_LABEL.off).length,
    );
    if (name !== label + note) b.setAttribute("aria-label", label + note);
  }
}

export const barEl = () => document.querySelector<HTMLElement>("[data-selection-bar]");

/** A passage in a collapsed comment thread: press the thread's button, so it opens as if the reader had. */
export function openThread(id: string): void {
  const region = passageEl(id)?.closest("[hidden]");
  if (region) document.querySelector<HTMLElement>(`[aria-controls="${region.id}"]`)?.click();
}

/** Smooth scrolling, unless the reader prefers reduced motion. */
export const scrollOptions = (block: ScrollLogicalPosition): ScrollIntoViewOptions => ({
  block,
  behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth",
});

/**
 * Scrolls to a passage shown on screen, then focuses it, its Compare ⇄ button or the bar, so focus never
 * falls to <body> when a phone's side switch hides the button that was pressed.
 */
export function landOn(id: string, focus?: "passage" | "button" | "bar"): void {
  const el = passageEl(id);
  if (!el || el.getClientRects().length === 0) return;
  el.scrollIntoView(scrollOptions("start"));
  if (focus === "passage") el.tabIndex = -1;
  const target = focus === "bar" ? barEl() : focus === "button" ? compareButton(id) : focus && el;
  target?.focus({ preventScroll: true });
}

/** Before the bar closes: focus goes back to the button that opened it, if it is on screen. */
export function focusBackFromBar(selected: string): void {
  const button = compareButton(selected);
  if (barEl()?.contains(document.activeElement) && button?.checkVisibility())
    button.focus({ preventScroll: true });
}

/**
 * Keeps the page's room for the bar as it resizes: passages land below it on wide screens and above it on
 * phones (`--selection-top` / `--selection-bottom` in globals.css). Returns the cleanup.
 */
export function reserveRoom(bar: HTMLElement, wide: string): () => void {
  const root = document.documentElement.style;
  const measure = () => {
    const isWide = window.matchMedia(wide).matches;
    root.setProperty("--selection-top", `${isWide ? bar.offsetHeight : 0}px`);
    root.setProperty("--selection-bottom", `${isWide ? 0 : bar.offsetHeight}px`);
  };
  measure();
  const observer = new ResizeObserver(measure);
  observer.observe(bar);
  return () => {
    observer.disconnect();
    root.removeProperty("--selection-top");
    root.removeProperty("--selection-bottom");
  };
}
