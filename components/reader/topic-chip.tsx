import type { CSSProperties } from "react";

export interface TopicStyle {
  label: string;
  /** Position in the comparison's topic list: picks the hue `--topic-N`. */
  index: number;
}

export function topicColor(index: number): string {
  return `var(--topic-${index % 12})`;
}

/** A topic marker: a colour swatch plus the label in text, so colour is never the only signal. */
export function TopicChip({ topic, small = false }: { topic: TopicStyle; small?: boolean }) {
  const style = { "--chip": topicColor(topic.index) } as CSSProperties;
  return (
    <span
      style={style}
      className={`inline-flex items-center gap-1.5 rounded-full border border-[color:var(--chip)] font-sans text-fg ${
        small ? "px-2 py-0 text-xs" : "px-2.5 py-0.5 text-sm"
      }`}
    >
      <span aria-hidden="true" className="size-2 shrink-0 rounded-full bg-[color:var(--chip)]" />
      {topic.label}
    </span>
  );
}
