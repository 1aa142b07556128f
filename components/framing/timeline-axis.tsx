import type { TimelineEvent } from "@/lib/framing/schema";
import { yearPosition } from "@/lib/framing/timeline";
import { type TopicStyle, topicColor } from "../reader/topic-chip";

interface Marker {
  date: string;
  label: string;
  /** The axis label ("News report written", "7 October 2023"); the list carries the full one. */
  short: string;
  kind: "publication" | "milestone";
}

const WIDTH = 1000;
const SPAN_YEARS = 16;

/**
 * The overview axis: events as dots, publication dates and milestones as lines. Decorative for screen
 * readers (the list below carries the same content), so it is hidden from them.
 */
export function TimelineAxis({
  events,
  markers,
  styles,
}: {
  events: TimelineEvent[];
  markers: Marker[];
  styles: ReadonlyMap<string, TopicStyle>;
}) {
  const last = Math.ceil(
    Math.max(...markers.map((m) => yearPosition(m.date)), ...events.map((e) => yearPosition(e.date))) + 0.01,
  );
  const first = last - SPAN_YEARS;
  const x = (year: number) => 20 + ((Math.max(year, first) - first) / (last - first)) * (WIDTH - 40);
  const years = Array.from({ length: SPAN_YEARS + 1 }, (_, i) => first + i);
  const earlier = events.filter((e) => yearPosition(e.date) < first).length;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} 150`}
      className="w-full font-sans text-fg print:text-black"
      aria-hidden="true"
    >
      <line x1={20} x2={WIDTH - 20} y1={90} y2={90} stroke="currentColor" strokeWidth={1.5} />
      {years.map((y) => (
        <g key={y}>
          <line x1={x(y)} x2={x(y)} y1={86} y2={94} stroke="currentColor" />
          {y % 2 === 0 && (
            <text x={x(y)} y={112} textAnchor="middle" fontSize={14} fill="currentColor">
              {y}
            </text>
          )}
        </g>
      ))}
      {earlier > 0 && (
        <text x={22} y={135} fontSize={13} fill="currentColor">
          ← {earlier} earlier
        </text>
      )}
      {[...markers]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((m, i) => {
          const at = x(yearPosition(m.date));
          const y = 16 + (i % 3) * 20;
          return (
            <g key={`${m.kind}-${m.date}`}>
              <line
                x1={at}
                x2={at}
                y1={y + 4}
                y2={100}
                stroke={m.kind === "publication" ? "var(--accent)" : "currentColor"}
                strokeWidth={m.kind === "publication" ? 3 : 1.5}
                strokeDasharray={m.kind === "milestone" ? "5 4" : undefined}
              />
              <text x={at - 6} y={y} textAnchor="end" fontSize={13} fill="currentColor">
                {m.short}
              </text>
            </g>
          );
        })}
      {events.map((e, i) => {
        const style = e.topics.map((t) => styles.get(t)).find(Boolean);
        return (
          <circle
            key={e.id}
            cx={x(yearPosition(e.date))}
            cy={78 - (i % 3) * 9}
            r={5}
            fill={style ? topicColor(style.index) : "currentColor"}
          />
        );
      })}
    </svg>
  );
}
