import type { CSSProperties, ReactNode } from "react";
import type { Passage } from "@/lib/corpus/schema";
import { TopicChip, type TopicStyle, topicColor } from "./topic-chip";

interface Props {
  passage: Passage;
  topics: ReadonlyMap<string, TopicStyle>;
  /** Extra content after the text (actions added by the reader views). */
  children?: ReactNode;
}

const BODY = "font-serif text-[1.0625rem] leading-relaxed";

function Markers({ passage, topics }: Pick<Props, "passage" | "topics">) {
  const known = passage.topics.flatMap((id) => {
    const t = topics.get(id);
    return t ? [{ id, ...t }] : [];
  });
  if (known.length === 0) return null;
  return (
    <span className="mt-1.5 flex flex-wrap gap-1.5">
      <span className="sr-only">Topics: </span>
      {known.map((t) => (
        <TopicChip key={t.id} topic={t} small />
      ))}
    </span>
  );
}

/** One passage, with the element its type calls for; the first topic's hue marks its left edge. */
export function PassageBlock({ passage, topics, children }: Props) {
  const first = passage.topics.map((id) => topics.get(id)).find(Boolean);
  const style = { "--edge": first ? topicColor(first.index) : "transparent" } as CSSProperties;
  const frame = "scroll-mt-24 border-l-4 border-[color:var(--edge)] pl-3";
  const extra = (
    <>
      <Markers passage={passage} topics={topics} />
      {children}
    </>
  );
  switch (passage.type) {
    case "heading":
      return (
        <div id={passage.id} style={style} className={frame}>
          <h3 className="font-sans text-lg font-semibold">{passage.text}</h3>
          {extra}
        </div>
      );
    case "quote":
      return (
        <div id={passage.id} style={style} className={frame}>
          <blockquote className={`${BODY} border-l-2 border-border pl-4 italic text-fg/90`}>
            <p>{passage.text}</p>
          </blockquote>
          {extra}
        </div>
      );
    case "caption":
      return (
        <figure id={passage.id} style={style} className={frame}>
          <figcaption className="font-sans text-sm text-muted">
            <span className="mr-1 font-semibold uppercase tracking-wide">Photo caption:</span>
            {passage.text}
          </figcaption>
          {extra}
        </figure>
      );
    case "list-item":
      return (
        <li id={passage.id} style={style} className={`${frame} ${BODY} list-inside list-disc`}>
          {passage.text}
          {extra}
        </li>
      );
    default:
      return (
        <div id={passage.id} style={style} className={frame}>
          <p className={BODY}>{passage.text}</p>
          {extra}
        </div>
      );
  }
}
