import { type CSSProperties, memo, useState } from "react";
import type { TopicWithSummaries } from "@/lib/corpus/schema";
import { COMMENTS_SOURCE, KIND_LABELS, type Side } from "@/lib/corpus/sides";
import { ComparePanel } from "../framing/compare-panel";
import type { PassageLinkProps } from "../framing/passage-links";
import { usePrinting } from "../ui/use-printing";
import { PassageBlock } from "./passage-block";
import type { PassageMarks } from "./passage-marks";
import { sideColumns } from "./side-columns";
import { type TopicStyle, topicColor } from "./topic-chip";

interface Props extends PassageLinkProps {
  topics: TopicWithSummaries[];
  sides: Side[];
  styles: ReadonlyMap<string, TopicStyle>;
  marks: PassageMarks;
  slug: string;
  /** Topics whose row ends with a compare panel (its content loads with the framing lens). */
  panelTopics: ReadonlySet<string>;
  sourceLabels: Readonly<Record<string, string>>;
  sideLabels: Readonly<Record<string, string>>;
}

type CellProps = Pick<Props, "styles" | "marks" | "onOpen" | "hrefOf"> & {
  side: Side;
  topic: TopicWithSummaries;
  /** How many passages to show; the row offers the rest. */
  limit: number;
  /** The compare panel above shows the summaries. */
  summariesAbove: boolean;
};

/** Passages each side shows before a row offers "Show all": the comparison panel comes first. */
export const ROW_PREVIEW = 3;

const entriesOf = (side: Side, topicId: string) =>
  [side.main, ...side.replies].flatMap((doc) =>
    doc.passages.filter((p) => p.topics.includes(topicId)).map((passage) => ({ doc, passage })),
  );

function SideCell({ side, topic, styles, marks, onOpen, hrefOf, limit, summariesAbove }: CellProps) {
  const entries = entriesOf(side, topic.id).slice(0, limit);
  const mainSummary = summariesAbove ? undefined : topic.summaries[side.main.id];
  const commentSummary =
    side.replies.length > 0 && !summariesAbove ? topic.summaries[COMMENTS_SOURCE] : undefined;
  const label = `${KIND_LABELS[side.main.kind]} · ${side.main.outlet}`;
  return (
    <div className="min-w-0 space-y-3 rounded-lg border border-border bg-surface p-4">
      <h3 className="font-sans text-xs font-bold uppercase tracking-wider text-muted">{label}</h3>
      {entries.length === 0 ? (
        <p className="font-sans text-sm italic text-muted">
          Not covered by this text{side.replies.length > 0 ? " or its comments" : ""}.
        </p>
      ) : (
        <>
          {mainSummary && <p className="font-sans text-sm">{mainSummary}</p>}
          {commentSummary && (
            <p className="font-sans text-sm">
              <span className="font-semibold">Reader comments: </span>
              {commentSummary}
            </p>
          )}
          <ol className="space-y-3">
            {entries.map(({ doc, passage }) => {
              const block = (
                <PassageBlock
                  passage={passage}
                  topics={styles}
                  query={marks.query}
                  cues={marks.cues?.[passage.id]}
                  anchor={false}
                  showTopics={false}
                />
              );
              return (
                <li key={passage.id}>
                  {doc.number !== null && (
                    <p className="mb-1 font-sans text-xs font-semibold uppercase tracking-wide text-muted">
                      Comment {doc.number}
                    </p>
                  )}
                  {passage.type === "list-item" ? <ul>{block}</ul> : block}
                  <a
                    href={hrefOf(passage.id)}
                    onClick={(event) => {
                      event.preventDefault();
                      onOpen(passage.id);
                    }}
                    className="mt-1 inline-flex min-h-6 items-center pl-4 font-sans text-sm text-accent underline underline-offset-2 print:hidden"
                  >
                    Read in context
                    <span className="sr-only">
                      {" "}
                      ({doc.number !== null ? `comment ${doc.number}` : doc.title})
                    </span>
                  </a>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}

const summariesOf = (sides: Side[], topic: TopicWithSummaries) =>
  sides.flatMap((side) => {
    const keys = [side.main.id, ...(side.replies.length > 0 ? [COMMENTS_SOURCE] : [])];
    return keys.flatMap((source) => {
      const text = topic.summaries[source];
      return text ? [{ source, text }] : [];
    });
  });

type RowProps = Omit<Props, "topics"> & { topic: TopicWithSummaries; first: boolean };

/** One topic: label and description, the framing lens open first, then each side's summary and passages. */
function TopicRow({ topic, first, ...props }: RowProps) {
  const { sides, styles, marks, slug, panelTopics, sourceLabels, sideLabels, labelOf, hrefOf, onOpen } =
    props;
  const [all, setAll] = useState(false);
  const hasPanel = panelTopics.has(topic.id);
  const style = styles.get(topic.id);
  const headingId = `topic-${topic.id}-title`;
  const total = sides.reduce((n, side) => n + entriesOf(side, topic.id).length, 0);
  const long = sides.some((side) => entriesOf(side, topic.id).length > ROW_PREVIEW);
  // A search shows every passage, so next/previous can reach each match.
  // Handouts print every passage.
  const printing = usePrinting();
  const showAll = all || printing || !long || marks.query.length >= 2;
  return (
    <section
      id={`topic-${topic.id}`}
      data-row={topic.id}
      aria-labelledby={headingId}
      className="scroll-mt-24 space-y-3"
    >
      <header
        style={{ "--edge": style ? topicColor(style.index) : "var(--border)" } as CSSProperties}
        className="space-y-1 border-t-4 border-[color:var(--edge)] pt-3"
      >
        <h2 id={headingId} className="font-serif text-2xl font-bold">
          {topic.label}
        </h2>
        {topic.description && <p className="text-muted">{topic.description}</p>}
      </header>
      {hasPanel && (
        <ComparePanel
          summaries={summariesOf(sides, topic)}
          slug={slug}
          topicId={topic.id}
          topicLabel={topic.label}
          first={first}
          sourceLabels={sourceLabels}
          sideLabels={sideLabels}
          labelOf={labelOf}
          hrefOf={hrefOf}
          onOpen={onOpen}
        />
      )}
      <div className={`grid gap-4 print:grid-cols-2 ${sideColumns(sides.length)}`}>
        {sides.map((side) => (
          <SideCell
            key={side.id}
            side={side}
            topic={topic}
            styles={styles}
            marks={marks}
            onOpen={onOpen}
            hrefOf={hrefOf}
            limit={showAll ? Number.POSITIVE_INFINITY : ROW_PREVIEW}
            summariesAbove={hasPanel}
          />
        ))}
      </div>
      {long && marks.query.length < 2 && (
        <button
          type="button"
          aria-expanded={all}
          onClick={() => setAll((a) => !a)}
          className="inline-flex min-h-11 items-center rounded-md border border-border bg-surface px-3 font-sans text-sm font-semibold text-accent print:hidden"
        >
          {all ? `Show the first passages only` : `Show all ${total} passages`}
          <span className="sr-only"> on {topic.label}</span>
        </button>
      )}
    </section>
  );
}

/** One row per topic, the framing lens first in each. */
export const TopicView = memo(function TopicView(props: Props) {
  const {
    topics,
    sides,
    styles,
    marks,
    slug,
    panelTopics,
    sourceLabels,
    sideLabels,
    labelOf,
    hrefOf,
    onOpen,
  } = props;
  return (
    <div className="space-y-10">
      {topics.map((topic) => (
        <TopicRow
          key={topic.id}
          topic={topic}
          first={topic.id === topics.find((t) => panelTopics.has(t.id))?.id}
          {...{ sides, styles, marks, slug, panelTopics, sourceLabels, sideLabels, labelOf, hrefOf, onOpen }}
        />
      ))}
    </div>
  );
});
