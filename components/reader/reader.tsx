"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Comparison } from "@/lib/corpus/schema";
import { describeTiming, KIND_NOUNS, sidesOf } from "@/lib/corpus/sides";
import { countByTopic, countMatches, locatePassages } from "@/lib/reader/analysis";
import { filterCss, visibleTopics } from "@/lib/reader/filter-css";
import { comparisonQueryOptions } from "../comparison/comparison-query";
import { DocumentCard } from "./document-card";
import { FullTextView } from "./full-text-view";
import { PrintHeader } from "./print-header";
import { SearchBox } from "./search-box";
import type { TopicStyle } from "./topic-chip";
import { TopicFilter } from "./topic-filter";
import { TopicView } from "./topic-view";
import { useReaderState } from "./use-reader-state";
import { ViewSwitch } from "./view-switch";

/** The comparison reader. Data comes hydrated from the server prefetch, so the first paint has it all. */
export function Reader({ slug }: { slug: string }) {
  const { data, error } = useQuery(comparisonQueryOptions(slug));
  if (error) return <p role="alert">Could not load this comparison: {error.message}</p>;
  if (!data) return null;
  return <LoadedReader comparison={data} />;
}

function useDerived(comparison: Comparison) {
  return useMemo(() => {
    const sides = sidesOf(comparison);
    const counts = countByTopic(comparison);
    return {
      sides,
      sideIds: sides.map((s) => s.id),
      topicIds: comparison.topics.map((t) => t.id),
      sharedTopics: comparison.topics.filter((t) => counts.get(t.id)?.everySide).map((t) => t.id),
      counts,
      located: locatePassages(comparison),
      styles: new Map<string, TopicStyle>(
        comparison.topics.map((t, index) => [t.id, { label: t.label, index }]),
      ),
      timeNotes: new Map(
        sides.flatMap((side) => {
          const others = sides.filter((s) => s !== side).map((s) => s.main);
          const note = describeTiming(side.main, others, comparison.milestones);
          return note ? [[side.id, note] as const] : [];
        }),
      ),
    };
  }, [comparison]);
}

function LoadedReader({ comparison }: { comparison: Comparison }) {
  const { sides, sideIds, topicIds, sharedTopics, counts, located, styles, timeNotes } =
    useDerived(comparison);
  const [state, update] = useReaderState(topicIds, sideIds);
  const [filterOpen, setFilterOpen] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  // Marks the reader interactive (hydrated): end-to-end tests wait for it before clicking.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const filterInput = { allTopics: topicIds, sharedTopics, selected: state.topics, both: state.both };
  const visible = visibleTopics(filterInput);
  const filtering = visible.length !== topicIds.length;

  const matchSummary = useMemo(() => {
    if (state.q.length < 2) return state.q ? "Type at least two characters." : "";
    const perSide = sides.map((side) => {
      const n = located
        .filter((l) => l.side.id === side.id)
        .reduce((sum, l) => sum + countMatches(l.passage.text, state.q), 0);
      return { side, n };
    });
    const total = perSide.reduce((sum, s) => sum + s.n, 0);
    const parts = perSide.map(
      ({ side, n }) =>
        `${n} in the ${KIND_NOUNS[side.main.kind]}${side.replies.length > 0 ? " and its comments" : ""}`,
    );
    return `${total} match${total === 1 ? "" : "es"} for “${state.q}”: ${parts.join(", ")}.`;
  }, [state.q, sides, located]);

  const toggleTopic = (id: string) => {
    const next = state.topics.includes(id) ? state.topics.filter((t) => t !== id) : [...state.topics, id];
    update({ topics: topicIds.filter((t) => next.includes(t)) });
  };
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const onPhoneSide = useCallback((side: string) => update({ side }, { replace: true }), [update]);
  const contextHref = useCallback((id: string) => `?view=full#${id}`, []);
  const openInContext = useCallback(
    (id: string) => {
      setFocusId(id);
      update({ view: "full" }, { hash: `#${id}` });
    },
    [update],
  );

  return (
    <div className="space-y-6" data-ready={ready || undefined}>
      <PrintHeader
        comparison={comparison}
        sides={sides}
        topicLabels={visible.length < topicIds.length ? visible.map((t) => styles.get(t)?.label ?? t) : []}
      />
      <header className="space-y-2 print:hidden">
        <h1 className="font-serif text-3xl font-bold leading-tight">{comparison.title}</h1>
        <p className="max-w-3xl text-muted">{comparison.description}</p>
      </header>

      <div className="flex flex-wrap items-start gap-4 rounded-lg border border-border bg-surface p-3 print:hidden">
        <ViewSwitch view={state.view} onChange={(view) => update({ view })} />
        <SearchBox query={state.q} summary={matchSummary} onSearch={onSearch} />
      </div>

      <div className="gap-8 lg:grid lg:grid-cols-[19rem_minmax(0,1fr)]">
        <aside aria-label="Topics" className="mb-6 lg:mb-0 print:hidden">
          <button
            type="button"
            aria-expanded={filterOpen}
            aria-controls="topic-filter-panel"
            onClick={() => setFilterOpen((o) => !o)}
            className="mb-2 w-full rounded-md border border-border bg-surface px-3 py-2 text-left font-sans text-sm font-semibold lg:hidden"
          >
            {filterOpen ? "▲" : "▼"} Topics
            {state.topics.length > 0 ? ` (${state.topics.length} selected)` : ""}
            {state.both ? " · both sides only" : ""}
          </button>
          <div
            id="topic-filter-panel"
            className={`rounded-lg border border-border bg-surface p-3 lg:sticky lg:top-4 lg:block lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto ${filterOpen ? "" : "max-lg:hidden"}`}
          >
            <TopicFilter
              topics={comparison.topics}
              sides={sides}
              styles={styles}
              counts={counts}
              selected={state.topics}
              both={state.both}
              onToggle={toggleTopic}
              onBoth={(both) => update({ both })}
              onClear={() => update({ topics: [], both: false })}
            />
          </div>
        </aside>

        <div className="min-w-0 space-y-6">
          <style>{filterCss(filterInput)}</style>
          <p role="status" className="font-sans text-sm text-muted print:hidden">
            {filtering
              ? `Showing ${visible.length} of ${topicIds.length} topics${state.view === "full" ? " (passages on other topics hidden)" : ""}.`
              : `All ${topicIds.length} topics.`}
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
          {state.view === "topics" ? (
            <>
              <div className="grid gap-6 md:grid-cols-2">
                {sides.map((side) => (
                  <DocumentCard
                    key={side.id}
                    doc={side.main}
                    headingId={`${side.id}-card`}
                    timeNote={timeNotes.get(side.id)}
                  />
                ))}
              </div>
              <TopicView
                topics={comparison.topics}
                sides={sides}
                styles={styles}
                query={state.q}
                onOpenInContext={openInContext}
                contextHref={contextHref}
              />
            </>
          ) : (
            <FullTextView
              sides={sides}
              topics={comparison.topics}
              timeNotes={timeNotes}
              located={located}
              styles={styles}
              query={state.q}
              filtering={filtering}
              phoneSide={state.side}
              onPhoneSide={onPhoneSide}
              focusId={focusId}
            />
          )}
        </div>
      </div>
    </div>
  );
}
