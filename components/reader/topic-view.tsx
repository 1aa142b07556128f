import { type CSSProperties, memo } from "react";
import type { TopicWithSummaries } from "@/lib/corpus/schema";
import { COMMENTS_SOURCE, KIND_LABELS, type Side } from "@/lib/corpus/sides";
import { ComparePanel } from "../framing/compare-panel";
import type { PassageLinkProps } from "../framing/passage-links";
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
};

function SideCell({ side, topic, styles, marks, onOpen, hrefOf }: CellProps) {
  const entries = [side.main, ...side.replies].flatMap((doc) =>
    doc.passages.filter((p) => p.topics.includes(topic.id)).map((passage) => ({ doc, passage })),
  );
  const mainSummary = topic.summaries[side.main.id];
  const commentSummary = side.replies.length > 0 ? topic.summaries[COMMENTS_SOURCE] : undefined;
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

/** One row per topic: label and description, each side's summary and passages in source order, then the framing lens. */
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
      {topics.map((topic) => {
        const style = styles.get(topic.id);
        const headingId = `topic-${topic.id}-title`;
        return (
          <section
            key={topic.id}
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
                />
              ))}
            </div>
            {panelTopics.has(topic.id) && (
              <ComparePanel
                slug={slug}
                topicId={topic.id}
                topicLabel={topic.label}
                sourceLabels={sourceLabels}
                sideLabels={sideLabels}
                labelOf={labelOf}
                hrefOf={hrefOf}
                onOpen={onOpen}
              />
            )}
          </section>
        );
      })}
    </div>
  );
});
