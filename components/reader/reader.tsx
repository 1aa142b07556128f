"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import type { ComparisonText } from "@/lib/corpus/schema";
import { hasLens, type LensIndex } from "@/lib/framing/lens-index";
import { searchSummary } from "@/lib/reader/analysis";
import { editorialLinks } from "@/lib/reader/counterparts";
import { filterCss, visibleTopics } from "@/lib/reader/filter-css";
import { comparisonQueryOptions } from "../comparison/comparison-query";
import { FIRST_COMPARISON_ID } from "../framing/compare-panel";
import { CuePanel } from "../framing/cue-panel";
import { cueQueryOptions } from "../framing/cue-query";
import { framingQueryOptions } from "../framing/framing-query";
import { TimelineLoader } from "../framing/timeline-loader";
import { useReadyMarker } from "../ui/use-ready-marker";
import { DocumentCard } from "./document-card";
import { FullTextView } from "./full-text-view";
import type { PassageMarks } from "./passage-marks";
import { PrintHeader } from "./print-header";
import { ReaderHeader } from "./reader-header";
import { ReaderToolbar } from "./reader-toolbar";
import { sideColumns } from "./side-columns";
import { TopicView } from "./topic-view";
import { TopicsAside } from "./topics-aside";
import { useComparisonData } from "./use-comparison-data";
import { useReaderState } from "./use-reader-state";

/** The comparison reader. Data comes hydrated from the server prefetch, so the first paint has it all. */
export function Reader({ slug, lens }: { slug: string; lens: LensIndex }) {
  const { data, error } = useQuery(comparisonQueryOptions(slug));
  if (error) return <p role="alert">Could not load this comparison: {error.message}</p>;
  if (!data) return null;
  return <LoadedReader comparison={data} lens={lens} />;
}

const NO_PASSAGES: ReadonlySet<string> = new Set();

function LoadedReader({ comparison, lens }: { comparison: ComparisonText; lens: LensIndex }) {
  const framing = useQuery({ ...framingQueryOptions(comparison.slug), enabled: hasLens(lens) });
  const editorial = useMemo(() => editorialLinks(framing.data?.compare ?? null), [framing.data]);
  const data = useComparisonData(comparison, editorial);
  const { sides, sideIds, topicIds, sharedTopics, counts, located, styles, timeNotes, onlyHere } = data;
  const [urlState, update] = useReaderState(topicIds, sideIds);
  const hasTimeline = lens.timeline;
  const panelTopics = useMemo(() => new Set(lens.panelTopics), [lens]);
  const state =
    !hasTimeline && urlState.view === "timeline" ? { ...urlState, view: "topics" as const } : urlState;
  const [focusId, setFocusId] = useState<string | null>(null);
  const readyRef = useReadyMarker<HTMLDivElement>();
  const cues = useQuery({ ...cueQueryOptions(comparison.slug), enabled: state.cues });

  const filterInput = { allTopics: topicIds, sharedTopics, selected: state.topics, both: state.both };
  const visible = visibleTopics(filterInput);
  const topicFiltering = visible.length !== topicIds.length;
  const onlyFilter = state.view === "full" && state.only;

  const cueMarks = state.cues ? (cues.data?.passages ?? null) : null;
  const fullMarks = useMemo<PassageMarks>(
    () => ({ query: state.q, onlyHere: onlyHere.ids, cues: cueMarks }),
    [state.q, onlyHere, cueMarks],
  );
  const topicMarks = useMemo<PassageMarks>(
    () => ({ query: state.q, onlyHere: NO_PASSAGES, cues: cueMarks }),
    [state.q, cueMarks],
  );

  const matchSummary = useMemo(() => searchSummary(sides, located, state.q), [sides, located, state.q]);

  const toggleTopic = (id: string) => {
    const next = state.topics.includes(id) ? state.topics.filter((t) => t !== id) : [...state.topics, id];
    update({ topics: topicIds.filter((t) => next.includes(t)) });
  };
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const onPhoneSide = useCallback((side: string) => update({ side }, { replace: true }), [update]);
  const hrefOf = useCallback((id: string) => `?view=full#${id}`, []);
  const openInContext = useCallback(
    (id: string) => {
      setFocusId(id);
      update({ view: "full", only: false }, { hash: `#${id}` });
    },
    [update],
  );
  const links = { labelOf: data.labelOf, hrefOf, onOpen: openInContext };

  return (
    <div className="space-y-6" ref={readyRef}>
      {state.view === "topics" && panelTopics.size > 0 && (
        <a
          href={`#${FIRST_COMPARISON_ID}`}
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to the comparison
        </a>
      )}
      <PrintHeader
        comparison={comparison}
        sides={sides}
        topicLabels={topicFiltering ? visible.map((t) => styles.get(t)?.label ?? t) : []}
      />
      <ReaderHeader comparison={comparison} />
      <ReaderToolbar
        state={state}
        update={update}
        matchSummary={matchSummary}
        onSearch={onSearch}
        onlyHere={onlyHere.bySide}
        sideLabels={data.sideLabels}
        timeline={hasTimeline}
      />

      {/* Print: the aside is hidden, so the handout takes the whole page width on every paper size. */}
      <div className="gap-8 lg:grid lg:grid-cols-[19rem_minmax(0,1fr)] print:block">
        <TopicsAside
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

        <div className="min-w-0 space-y-6" data-reader-content>
          <style>{filterCss({ ...filterInput, onlyHere: onlyFilter })}</style>
          <p role="status" className="font-sans text-sm text-muted print:hidden">
            {topicFiltering
              ? `Showing ${visible.length} of ${topicIds.length} topics`
              : `All ${topicIds.length} topics`}
            {state.view === "full" && (topicFiltering || onlyFilter) ? " (other passages hidden)" : ""}
            {onlyFilter ? ", only passages with no counterpart in another text" : ""}.
          </p>
          {topicFiltering && visible.length === 0 && (
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
          {state.cues && state.view !== "timeline" && (
            <CuePanel report={cues.data} loading={cues.isPending} error={cues.error} />
          )}
          {state.view === "topics" && (
            <>
              <div className={`grid gap-6 ${sideColumns(sides.length)}`}>
                {sides.map((side) => (
                  <DocumentCard
                    key={side.id}
                    doc={side.main}
                    headingId={`${side.id}-card`}
                    timeNote={timeNotes.get(side.id)}
                    compact
                  />
                ))}
              </div>
              <TopicView
                topics={comparison.topics}
                sides={sides}
                styles={styles}
                marks={topicMarks}
                slug={comparison.slug}
                panelTopics={panelTopics}
                sourceLabels={data.sourceLabels}
                sideLabels={data.sideLabels}
                {...links}
              />
            </>
          )}
          {state.view === "full" && (
            <FullTextView
              sides={sides}
              topics={comparison.topics}
              timeNotes={timeNotes}
              located={located}
              styles={styles}
              marks={fullMarks}
              filtering={topicFiltering || onlyFilter}
              phoneSide={state.side}
              onPhoneSide={onPhoneSide}
              focusId={focusId}
              editorial={editorial}
              labelOf={data.labelOf}
            />
          )}
          {state.view === "timeline" && (
            <TimelineLoader
              slug={comparison.slug}
              documents={sides.map((s) => s.main)}
              milestones={comparison.milestones}
              styles={styles}
              visibleTopics={visible}
              filtering={topicFiltering}
              {...links}
            />
          )}
        </div>
      </div>
    </div>
  );
}
