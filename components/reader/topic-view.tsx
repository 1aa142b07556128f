import { type CSSProperties, memo } from "react";
import type { TopicWithSummaries } from "@/lib/corpus/schema";
import { COMMENTS_SOURCE, KIND_LABELS, type Side } from "@/lib/corpus/sides";
import { PassageBlock } from "./passage-block";
import { type TopicStyle, topicColor } from "./topic-chip";

interface Props {
  topics: TopicWithSummaries[];
  sides: Side[];
  styles: ReadonlyMap<string, TopicStyle>;
  query: string;
  /** Opens the full text at a passage. */
  onOpenInContext: (passageId: string) => void;
  contextHref: (passageId: string) => string;
}

function SideCell({
  side,
  topic,
  styles,
  query,
  onOpenInContext,
  contextHref,
}: Omit<Props, "topics" | "sides"> & { side: Side; topic: TopicWithSummaries }) {
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
            {entries.map(({ doc, passage }) => (
              <li key={passage.id}>
                {doc.number !== null && (
                  <p className="mb-1 font-sans text-xs font-semibold uppercase tracking-wide text-muted">
                    Comment {doc.number}
                  </p>
                )}
                {passage.type === "list-item" ? (
                  <ul>
                    <PassageBlock
                      passage={passage}
                      topics={styles}
                      query={query}
                      anchor={false}
                      showTopics={false}
                    />
                  </ul>
                ) : (
                  <PassageBlock
                    passage={passage}
                    topics={styles}
                    query={query}
                    anchor={false}
                    showTopics={false}
                  />
                )}
                <a
                  href={contextHref(passage.id)}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenInContext(passage.id);
                  }}
                  className="mt-1 inline-block pl-4 font-sans text-sm text-accent underline underline-offset-2 print:hidden"
                >
                  Read in context
                  <span className="sr-only">
                    {" "}
                    ({doc.number !== null ? `comment ${doc.number}` : doc.title})
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** One row per topic: its label and description, then each side's summary and passages, in source order. */
export const TopicView = memo(function TopicView({ topics, sides, styles, ...rest }: Props) {
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
            className="scroll-mt-24 break-inside-avoid-page space-y-3"
          >
            <header
              style={{ "--edge": style ? topicColor(style.index) : "var(--border)" } as CSSProperties}
              className="space-y-1 border-t-4 border-[color:var(--edge)] pt-3"
            >
              <h2 id={headingId} className="font-serif text-2xl font-bold">
                {topic.label}
              </h2>
              <p className="text-muted">{topic.description}</p>
            </header>
            <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
              {sides.map((side) => (
                <SideCell key={side.id} side={side} topic={topic} styles={styles} {...rest} />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
});
