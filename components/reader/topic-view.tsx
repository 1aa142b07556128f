import type { CSSProperties } from "react";
import type { ComparisonFraming, TopicWithSummaries } from "@/lib/corpus/schema";
import { COMMENTS_SOURCE, KIND_LABELS, type Side } from "@/lib/corpus/sides";
import type { LensLabels } from "../framing/compare-content";
import { ComparePanel } from "../framing/compare-panel";
import { passageHref } from "../framing/passage-links";
import { ShowAllButton } from "./islands";
import { PassageBlock } from "./passage-block";
import type { PassageMarks } from "./passage-marks";
import { sideColumns } from "./side-columns";
import { type TopicStyle, topicColor } from "./topic-chip";

interface Props extends LensLabels {
  topics: TopicWithSummaries[];
  sides: Side[];
  styles: ReadonlyMap<string, TopicStyle>;
  marks: PassageMarks;
  framing: ComparisonFraming | null;
  /** Rows with every passage; the others are an overview: the comparison, the passages one click away. */
  complete: (topicId: string) => boolean;
}

/** Passages each side shows before a row offers "Show all": the comparison panel comes first. */
export const ROW_PREVIEW = 3;

const entriesOf = (side: Side, topicId: string) =>
  [side.main, ...side.replies].flatMap((doc) =>
    doc.passages.filter((p) => p.topics.includes(topicId)).map((passage) => ({ doc, passage })),
  );

type CellProps = Pick<Props, "styles" | "marks"> & {
  side: Side;
  topic: TopicWithSummaries;
  summaries: boolean;
};

/**
 * One side's passages on a topic. All are in the page; past the first few they carry `data-extra` and
 * stay hidden (globals.css) until "Show all", a search or print shows them.
 */
function SideCell({ side, topic, styles, marks, summaries }: CellProps) {
  const entries = entriesOf(side, topic.id);
  const mainSummary = summaries ? topic.summaries[side.main.id] : undefined;
  const commentSummary = summaries && side.replies.length > 0 ? topic.summaries[COMMENTS_SOURCE] : undefined;
  return (
    <div data-side={side.id} className="min-w-0 space-y-3 rounded-lg border border-border bg-surface p-4">
      <h3 className="font-sans text-xs font-bold uppercase tracking-wider text-muted">
        {KIND_LABELS[side.main.kind]} · {side.main.outlet}
      </h3>
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
            {entries.map(({ doc, passage }, i) => {
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
                <li key={passage.id} data-extra={i >= ROW_PREVIEW || undefined}>
                  {doc.number !== null && (
                    <p className="mb-1 font-sans text-xs font-semibold uppercase tracking-wide text-muted">
                      Comment {doc.number}
                    </p>
                  )}
                  {passage.type === "list-item" ? <ul>{block}</ul> : block}
                  <a
                    href={passageHref(passage.id)}
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

/** One topic: its heading, the framing lens open first, then each side's passages. */
function TopicRow({
  topic,
  first,
  ...props
}: Omit<Props, "topics"> & { topic: TopicWithSummaries; first: boolean }) {
  const { sides, styles, marks, framing, complete, ...labels } = props;
  const compare = framing?.compare[topic.id];
  const claims = framing?.claims.filter((c) => c.topic === topic.id) ?? [];
  const hasPanel = Boolean(compare) || claims.length > 0;
  const style = styles.get(topic.id);
  const headingId = `topic-${topic.id}-title`;
  const total = sides.reduce((n, side) => n + entriesOf(side, topic.id).length, 0);
  const long = sides.some((side) => entriesOf(side, topic.id).length > ROW_PREVIEW);
  const overview = hasPanel && !complete(topic.id);
  return (
    <section
      id={`topic-${topic.id}`}
      data-row={topic.id}
      data-overview={overview || undefined}
      aria-labelledby={headingId}
      className="scroll-mt-24 space-y-3"
    >
      <header
        style={{ "--edge": style ? topicColor(style.index) : "var(--border)" } as CSSProperties}
        className="space-y-1 border-t-4 border-[color:var(--edge)] pt-3"
      >
        <h2 id={headingId} className="font-serif text-xl font-bold sm:text-2xl">
          {topic.label}
        </h2>
        {topic.description && (
          <p className={`text-muted max-md:text-sm ${overview ? "max-md:hidden" : ""}`}>
            {topic.description}
          </p>
        )}
      </header>
      {hasPanel && (
        <ComparePanel
          topicId={topic.id}
          topicLabel={topic.label}
          compare={compare}
          // Claims to trace come with the passages: the overview stays light.
          claims={overview ? [] : claims}
          brief={overview}
          first={first}
          summaries={summariesOf(sides, topic)}
          {...labels}
        />
      )}
      {overview ? (
        <a
          href={`?topics=${topic.id}`}
          className="inline-flex min-h-11 items-center rounded-md border border-border bg-surface px-3 font-sans text-sm font-semibold text-accent print:hidden"
        >
          Read the {total} passages side by side
          <span className="sr-only"> on {topic.label}</span>
        </a>
      ) : (
        <>
          <div className={`grid gap-4 print:grid-cols-2 ${sideColumns(sides.length)}`}>
            {sides.map((side) => (
              <SideCell
                key={side.id}
                side={side}
                topic={topic}
                styles={styles}
                marks={marks}
                summaries={!hasPanel}
              />
            ))}
          </div>
          {long && <ShowAllButton total={total} topicLabel={topic.label} />}
        </>
      )}
    </section>
  );
}

/** One row per topic, the framing lens first in each. */
export function TopicView({ topics, ...props }: Props) {
  const firstPanel = topics.find((t) => props.framing?.compare[t.id])?.id;
  return (
    <div className="space-y-10">
      {topics.map((topic) => (
        <TopicRow key={topic.id} topic={topic} first={topic.id === firstPanel} {...props} />
      ))}
    </div>
  );
}
