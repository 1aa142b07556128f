"use client";

import { filterCss, phoneSideCss, SEARCHING_CSS } from "@/lib/reader/filter-css";
import { searchScope } from "@/lib/reader/match-nav";
import { type ReaderIds, shownTopics, useReaderState } from "./reader-store";

/**
 * The filter, "only here", the phone's column and a search's open rows, applied as one stylesheet over
 * passages rendered once on the server: a click changes this <style>, not the texts. With the count.
 */
export function FilterStyle(ids: ReaderIds) {
  const [state, update] = useReaderState(ids, ["view", "topics", "both", "only", "side", "q"]);
  const visible = shownTopics(ids, state);
  const all = ids.topicIds.length;
  const filtering = visible.length !== all;
  const only = state.view === "full" && state.only;
  const css = [
    filterCss({ allTopics: ids.topicIds, visible, onlyHere: only }),
    state.view === "full" ? phoneSideCss(state.side ?? ids.sideIds[0]) : "",
    state.q.length >= 2 ? SEARCHING_CSS : "",
  ].join("");
  return (
    <>
      <style>{css}</style>
      <p
        role="status"
        data-search-scope={searchScope(state.view, filtering, state.only)}
        className={`font-sans text-sm text-muted print:hidden ${filtering || only ? "" : "sr-only"}`}
      >
        {filtering ? `Showing ${visible.length} of ${all} topics` : `All ${all} topics`}
        {state.view === "full" && (filtering || only) ? " (other passages hidden)" : ""}
        {only ? ", only passages with no counterpart in another text" : ""}.
      </p>
      {filtering && visible.length === 0 && (
        <p className="rounded-lg border border-border bg-surface p-4">
          No topic matches this filter: the selected topics are not covered by both sides.{" "}
          <button
            type="button"
            className="text-accent underline"
            onClick={() => update({ topics: [], both: false })}
          >
            Clear the filter
          </button>
        </p>
      )}
    </>
  );
}
