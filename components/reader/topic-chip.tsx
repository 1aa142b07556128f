import type { CSSProperties } from "react";

export interface TopicStyle {
  label: string;
  /** Position in the comparison's topic list: picks the hue `--topic-N`. */
  index: number;
}

export function topicColor(index: number): string {
  return `var(--topic-${index % 12})`;
}

/** A topic marker: a colour dot (`.chip`, drawn as a background in app/globals.css) plus the label in text. */
export function TopicChip({ topic }: { topic: TopicStyle }) {
  const style = { "--chip": topicColor(topic.index) } as CSSProperties;
  return (
    <li style={style} className="chip">
      {topic.label}
    </li>
  );
}
