import { notFound } from "next/navigation";
import { cueReportBody } from "@/lib/api/cue-bodies";
import { findComparison } from "@/lib/catalog";
import type { CueReport } from "@/lib/framing/cue-report";
import { compareIndex } from "@/lib/reader/compare-index";
import { editorialLinks } from "@/lib/reader/counterparts";
import { countLine, deriveReader } from "@/lib/reader/derive";
import { visibleTopics } from "@/lib/reader/filter-css";
import { searchScope } from "@/lib/reader/match-nav";
import { countInText } from "@/lib/reader/search-count";
import { completeRow } from "@/lib/reader/state-changes";
import { parseReaderState } from "@/lib/reader/url-state";
import { FIRST_COMPARISON_ID } from "../framing/compare-panel";
import { TimelineView } from "../framing/timeline-view";
import { CueLayer } from "./cue-layer";
import { DocumentCard } from "./document-card";
import { FilterStyle } from "./filter-style";
import { FullTextView } from "./full-text-view";
import { ReadyMarker } from "./islands";
import type { PassageMarks } from "./passage-marks";
import { PrintHeader } from "./print-header";
import { ReaderHeader } from "./reader-header";
import type { ReaderIds } from "./reader-store";
import { ReaderToolbar } from "./reader-toolbar";
import { sideColumns } from "./side-columns";
import { TopicFilter } from "./topic-filter";
import { TopicView } from "./topic-view";
import { TopicsAside } from "./topics-aside";

type SearchParams = Record<string, string | string[] | undefined>;

async function cueReport(slug: string): Promise<CueReport | null> {
  const body = await cueReportBody(slug);
  return body ? (JSON.parse(body.json) as CueReport) : null;
}

/**
 * The reader, rendered on the server for the view its URL names: the texts, the compare panels and the
 * marks (search, "only here", cues) are HTML. Client islands hold only what a person changes: the
 * toolbar and filter (the URL), Compare ⇄, disclosures. They receive ids and counts, never the texts.
 */
export async function ComparisonPage({
  slug,
  searchParams,
}: {
  slug: string;
  searchParams: Promise<SearchParams>;
}) {
  const comparison = await findComparison(slug);
  if (!comparison) notFound();
  const { framing, ...text } = comparison;
  const editorial = editorialLinks(framing?.compare ?? null);
  const data = deriveReader(text, editorial);
  const { sides, styles, located } = data;
  const hasTimeline = (framing?.timeline.length ?? 0) > 0;
  const parsed = parseReaderState(await searchParams, data.topicIds, data.sideIds);
  const state = !hasTimeline && parsed.view === "timeline" ? { ...parsed, view: "topics" as const } : parsed;
  const ids: ReaderIds = {
    slug,
    topicIds: data.topicIds,
    sideIds: data.sideIds,
    sharedTopics: data.sharedTopics,
    initial: state,
  };
  // A link with cues on gets the server's marks; switched on in the page, the browser paints them
  // (components/reader/cue-layer.tsx) from the same report, fetched when the reader is idle.
  const cues = state.cues ? await cueReport(slug) : null;
  // Computed once per process: have it ready for that fetch.
  if (!state.cues) cueReport(slug).catch(() => undefined);
  const marks: PassageMarks = {
    query: state.q,
    onlyHere: state.view === "full" ? data.onlyHere.ids : new Set(),
    cues: cues?.passages ?? null,
  };
  const { topicIds, sharedTopics } = data;
  const visible = visibleTopics({
    allTopics: topicIds,
    sharedTopics,
    selected: state.topics,
    both: state.both,
  });
  const filtering = visible.length < topicIds.length;
  const serverCount = {
    perSide: countInText(located, state.q, data.onlyHere.ids, {
      view: state.view,
      visible,
      filtering,
      onlyHere: state.only,
    }),
    scope: searchScope(state.view, filtering, state.only),
  };
  const onlyCounts = Object.entries(data.onlyHere.bySide)
    .map(([side, n]) => `${data.sideLabels[side] ?? side} ${n}`)
    .join(", ");
  const labels = { labelOf: data.labelOf, sourceLabels: data.sourceLabels, sideLabels: data.sideLabels };

  return (
    <div className="space-y-4 sm:space-y-6" data-reader>
      {state.view === "topics" && framing && (
        <a
          href={`#${FIRST_COMPARISON_ID}`}
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to the comparison
        </a>
      )}
      <PrintHeader comparison={text} sides={sides} ids={ids} />
      <ReaderHeader comparison={text} />
      <ReaderToolbar
        {...ids}
        onlyCounts={onlyCounts}
        sideNouns={data.sideNouns}
        timeline={hasTimeline}
        serverCount={serverCount}
      />
      {/* Print: the aside is hidden, so the handout takes the whole page width on every paper size. */}
      <div className="gap-8 lg:grid lg:grid-cols-[19rem_minmax(0,1fr)] print:block">
        <TopicsAside {...ids}>
          <TopicFilter
            topics={text.topics.map((t, index) => ({
              id: t.id,
              label: t.label,
              index,
              counts: countLine(sides, data.counts.get(t.id)),
            }))}
            selected={state.topics}
            both={state.both}
          />
        </TopicsAside>
        <div className="min-w-0 space-y-4 sm:space-y-6" data-reader-content>
          <FilterStyle {...ids} />
          <CueLayer {...ids} report={cues && { rates: cues.rates, sources: cues.sources }} />
          {state.view === "topics" && (
            <>
              <div className={`grid gap-x-6 gap-y-3 ${sideColumns(sides.length)}`}>
                {sides.map((side) => (
                  <DocumentCard
                    key={side.id}
                    doc={side.main}
                    headingId={`${side.id}-card`}
                    timeNote={data.timeNotes.get(side.id)}
                    compact
                  />
                ))}
              </div>
              <TopicView
                topics={text.topics}
                sides={sides}
                styles={styles}
                marks={marks}
                framing={framing}
                complete={(t) => completeRow(state, t)}
                {...labels}
              />
            </>
          )}
          {state.view === "full" && (
            <FullTextView
              ids={ids}
              sides={sides}
              timeNotes={data.timeNotes}
              styles={styles}
              marks={marks}
              index={compareIndex(located, editorial, data.labelOf, (t) => styles.get(t)?.label ?? t)}
            />
          )}
          {state.view === "timeline" && framing && (
            <TimelineView
              events={framing.timeline}
              documents={sides.map((s) => s.main)}
              milestones={text.milestones}
              styles={styles}
              labelOf={data.labelOf}
            />
          )}
        </div>
      </div>
      <ReadyMarker />
    </div>
  );
}
