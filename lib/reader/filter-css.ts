/**
 * The topic filter and passage selection are applied as a generated stylesheet over passages that
 * were rendered once: a click changes one <style> element instead of re-rendering every passage,
 * which keeps the filter's click-to-paint well under 50 ms on a slow phone. Ids are kebab-case
 * (validated by the corpus schema), so they are safe inside attribute selectors.
 */

export interface FilterInput {
  /** Every topic id of the comparison, in order. */
  allTopics: readonly string[];
  /** Topics that every side covers. */
  sharedTopics: readonly string[];
  selected: readonly string[];
  both: boolean;
}

/** The topics a reader sees: the selection (or all), narrowed to shared topics when `both` is on. */
export function visibleTopics({ allTopics, sharedTopics, selected, both }: FilterInput): string[] {
  const chosen = selected.length > 0 ? new Set(selected) : null;
  const shared = new Set(sharedTopics);
  return allTopics.filter((t) => (!chosen || chosen.has(t)) && (!both || shared.has(t)));
}

const attr = (name: string, value: string) => `[${name}~="${value}"]`;

/**
 * Hides the rows, passages and timeline events of topics not in `visible`; with `onlyHere` (full text),
 * the passages not marked "only here".
 */
export function filterCss({
  allTopics,
  visible,
  onlyHere = false,
}: {
  allTopics: readonly string[];
  visible: readonly string[];
  onlyHere?: boolean;
}): string {
  const rules: string[] = [];
  if (visible.length !== allTopics.length) {
    const rowKeep = visible.map((t) => `:not(${attr("data-row", t)})`).join("");
    const passageKeep = visible.map((t) => `:not(${attr("data-topics", t)})`).join("");
    const eventKeep = visible.map((t) => `:not(${attr("data-event-topics", t)})`).join("");
    rules.push(
      `[data-row]${rowKeep},[data-passage]${passageKeep},[data-event-topics]${eventKeep}{display:none}`,
    );
  }
  if (onlyHere) rules.push("[data-passage]:not([data-only-here]){display:none}");
  return rules.join("");
}

export function selectionCss(selectedId: string | null, relatedIds: readonly string[]): string {
  if (!selectedId) return "";
  const rules = [
    `[data-passage="${selectedId}"]{background:var(--selected-bg);outline:2px solid var(--accent);outline-offset:4px}`,
  ];
  if (relatedIds.length > 0) {
    rules.push(`${relatedIds.map((id) => `[data-passage="${id}"]`).join(",")}{background:var(--related-bg)}`);
  }
  return rules.join("");
}

/** Phones show one side of the full text at a time; print and wider screens show them all. */
export function phoneSideCss(shown: string | undefined): string {
  if (!shown) return "";
  return `@media screen and (max-width:767px){[data-side-column]:not([data-side-column="${shown}"]){display:none}}`;
}

/** A search shows every passage of a topic row, so next/previous can reach each match. */
export const SEARCHING_CSS =
  "[data-row] [data-extra]{display:list-item!important}[data-show-all]{display:none}";

/** Cue marks the server rendered, turned off in the page (the URL no longer asks for them). */
export const SERVER_MARKS_OFF =
  "[data-reader-content] [class^=cue-]{text-decoration:none;background:none;text-shadow:none}[data-reader-content] [class^=cue-]>.sr-only{display:none}";
