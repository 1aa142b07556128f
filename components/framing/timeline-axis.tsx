import type { TimelineEvent } from "@/lib/framing/schema";
import { type AxisGeometry, DOT_RADIUS, layoutTimelineAxis } from "@/lib/framing/timeline-axis";
import { type TopicStyle, topicColor } from "../reader/topic-chip";

interface Marker {
  date: string;
  label: string;
  /** The axis label ("News report written", "7 October 2023"); the list carries the full one. */
  short: string;
  kind: "publication" | "milestone";
}

interface Props {
  events: TimelineEvent[];
  markers: Marker[];
  styles: ReadonlyMap<string, TopicStyle>;
}

/** Sixteen years across a wide screen; eight on a phone, so its labels stay readable. */
const WIDE: AxisGeometry = { width: 1000, spanYears: 16, yearStep: 2 };
const NARROW: AxisGeometry = { width: 420, spanYears: 8, yearStep: 2 };

/**
 * The overview axis: events as dots, publication dates and milestones as lines. Decorative for screen
 * readers (the list below carries the same content), so it is hidden from them.
 */
export function TimelineAxis(props: Props) {
  return (
    <>
      <AxisDrawing {...props} geometry={WIDE} className="hidden sm:block print:block" />
      <AxisDrawing {...props} geometry={NARROW} className="sm:hidden print:hidden" />
    </>
  );
}

const ROW_HEIGHT = 20;
const LEVEL_HEIGHT = 2 * DOT_RADIUS + 1;

function AxisDrawing({
  events,
  markers,
  styles,
  geometry,
  className,
}: Props & { geometry: AxisGeometry; className: string }) {
  const layout = layoutTimelineAxis(events, markers, geometry);
  const levels = Math.max(0, ...layout.dots.map((d) => d.level));
  // Label rows on top, then the stacked dots, then the axis with its years.
  const axisY = 3 * ROW_HEIGHT + 24 + levels * LEVEL_HEIGHT;
  const height = axisY + (layout.earlier > 0 ? 52 : 30);
  return (
    <svg
      viewBox={`0 0 ${geometry.width} ${height}`}
      className={`w-full font-sans text-fg print:text-black ${className}`}
      aria-hidden="true"
    >
      <line x1={20} x2={geometry.width - 20} y1={axisY} y2={axisY} stroke="currentColor" strokeWidth={1.5} />
      {layout.years.map((y) => (
        <g key={y.year}>
          <line x1={y.x} x2={y.x} y1={axisY - 4} y2={axisY + 4} stroke="currentColor" />
          {y.labelled && (
            <text x={y.x} y={axisY + 22} textAnchor="middle" fontSize={14} fill="currentColor">
              {y.year}
            </text>
          )}
        </g>
      ))}
      {layout.earlier > 0 && (
        <text x={22} y={axisY + 44} fontSize={13} fill="currentColor">
          ← {layout.earlier} earlier
        </text>
      )}
      {layout.markers.map(({ marker, x, row, anchor }) => {
        const y = 16 + row * ROW_HEIGHT;
        const publication = marker.kind === "publication";
        return (
          <g key={`${marker.kind}-${marker.date}`}>
            <line
              x1={x}
              x2={x}
              y1={y - 10}
              y2={axisY + 4}
              stroke={publication ? "var(--accent)" : "currentColor"}
              strokeWidth={publication ? 3 : 1.5}
              strokeDasharray={publication ? undefined : "5 4"}
            />
            <text
              x={anchor === "end" ? x - 6 : x + 6}
              y={y}
              textAnchor={anchor}
              fontSize={13}
              fill="currentColor"
            >
              {marker.short}
            </text>
          </g>
        );
      })}
      {layout.dots.map(({ event, x, level }) => {
        const style = event.topics.map((t) => styles.get(t)).find(Boolean);
        return (
          <circle
            key={event.id}
            cx={x}
            cy={axisY - 10 - level * LEVEL_HEIGHT}
            r={DOT_RADIUS}
            fill={style ? topicColor(style.index) : "currentColor"}
          />
        );
      })}
    </svg>
  );
}
