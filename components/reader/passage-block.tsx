import type { CSSProperties, ReactNode } from "react";
import type { Passage } from "@/lib/corpus/schema";
import type { Cue } from "@/lib/framing/cue-labels";
import { HighlightedText } from "./highlighted-text";
import { TopicChip, type TopicStyle, topicColor } from "./topic-chip";

interface Props {
  passage: Passage;
  topics: ReadonlyMap<string, TopicStyle>;
  query?: string;
  /** The element id for links to this passage; omitted where a passage appears more than once. */
  anchor?: boolean;
  showTopics?: boolean;
  /** It carries a fact or claim the other side lacks (editors' "only in one", or no counterpart link). */
  onlyHere?: boolean;
  cues?: readonly Cue[];
  /** Extra content after the text (actions added by the reader views). */
  children?: ReactNode;
}

const BODY = "passage-text";

function Markers({ passage, topics }: Pick<Props, "passage" | "topics">) {
  const known = passage.topics.flatMap((id) => {
    const t = topics.get(id);
    return t ? [{ id, ...t }] : [];
  });
  if (known.length === 0) return null;
  return (
    // Named by aria-label, not a visually hidden "Topics:" span: on every passage, each such span is a
    // box of its own that a filter click restyles and lays out again.
    <ul aria-label="Topics" className="chips">
      {known.map((t) => (
        <TopicChip key={t.id} topic={t} />
      ))}
    </ul>
  );
}

/** One passage, with the element its type calls for; the first topic's hue marks its left edge. */
export function PassageBlock({
  passage,
  topics,
  query = "",
  anchor = true,
  showTopics = true,
  onlyHere = false,
  cues,
  children,
}: Props) {
  const first = passage.topics.map((id) => topics.get(id)).find(Boolean);
  const shared = {
    id: anchor ? passage.id : undefined,
    "data-passage": passage.id,
    "data-topics": passage.topics.join(" "),
    "data-only-here": onlyHere || undefined,
    style: { "--edge": first ? topicColor(first.index) : "transparent" } as CSSProperties,
    className: "passage",
  };
  const text = <HighlightedText text={passage.text} query={query} cues={cues} />;
  const extra = (
    <>
      {onlyHere && (
        <span className="mt-1.5 mr-1.5 inline-flex items-center gap-1 rounded border border-dashed border-muted px-1.5 font-sans text-xs text-muted">
          <span aria-hidden="true">◇</span> Only here
          <span className="sr-only">: it reports something the other text does not</span>
        </span>
      )}
      {showTopics && <Markers passage={passage} topics={topics} />}
      {children}
    </>
  );
  switch (passage.type) {
    case "heading":
      return (
        <div {...shared}>
          <h3 className="font-sans text-lg font-semibold">{text}</h3>
          {extra}
        </div>
      );
    case "quote":
      return (
        <div {...shared}>
          <blockquote className={`${BODY} border-l-2 border-border pl-4 italic`}>
            <p>{text}</p>
          </blockquote>
          {extra}
        </div>
      );
    case "caption":
      return (
        <figure {...shared}>
          <figcaption className="font-sans text-sm text-muted">
            <span className="mr-1 font-semibold uppercase tracking-wide">Photo caption:</span>
            {text}
          </figcaption>
          {extra}
        </figure>
      );
    case "list-item":
      return (
        <li {...shared} className={`${shared.className} ${BODY} list-inside list-disc`}>
          {text}
          {extra}
        </li>
      );
    default:
      return (
        <div {...shared}>
          <p className={BODY}>{text}</p>
          {extra}
        </div>
      );
  }
}
