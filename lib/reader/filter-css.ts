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
  /** Full text: show only passages marked "only here". */
  onlyHere?: boolean;
}

/** The topics a reader sees: the selection (or all), narrowed to shared topics when `both` is on. */
export function visibleTopics({ allTopics, sharedTopics, selected, both }: FilterInput): string[] {
  const chosen = selected.length > 0 ? new Set(selected) : null;
  const shared = new Set(sharedTopics);
  return allTopics.filter((t) => (!chosen || chosen.has(t)) && (!both || shared.has(t)));
}

export function isFiltering(input: FilterInput): boolean {
  return Boolean(input.onlyHere) || visibleTopics(input).length !== input.allTopics.length;
}

const attr = (name: string, value: string) => `[${name}~="${value}"]`;

export function filterCss(input: FilterInput): string {
  const rules: string[] = [];
  const visible = visibleTopics(input);
  if (visible.length !== input.allTopics.length) {
    const rowKeep = visible.map((t) => `:not(${attr("data-row", t)})`).join("");
    const passageKeep = visible.map((t) => `:not(${attr("data-topics", t)})`).join("");
    rules.push(`[data-row]${rowKeep},[data-passage]${passageKeep}{display:none}`);
  }
  if (input.onlyHere) rules.push("[data-passage]:not([data-only-here]){display:none}");
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
