import type { TimelineEvent } from "@/lib/corpus/framing-schema";
import type { TimelineMarker } from "@/lib/framing/timeline";
import {
  AXIS_MARGIN,
  type AxisGeometry,
  DOT_RADIUS,
  LEVEL_HEIGHT,
  layoutTimelineAxis,
} from "@/lib/framing/timeline-axis";
import { type TopicStyle, topicColor } from "../reader/topic-chip";

interface Props {
  events: TimelineEvent[];
  markers: TimelineMarker[];
  styles: ReadonlyMap<string, TopicStyle>;
}

/** Sixteen years across a wide screen; eight on a phone, so its labels stay readable. */
const WIDE: AxisGeometry = { width: 1000, spanYears: 16, yearStep: 2 };
const NARROW: AxisGeometry = { width: 420, spanYears: 8, yearStep: 2 };
const ROW_HEIGHT = 20;

/**
 * The overview axis: events as dots, publication dates and milestones as lines. Decorative for screen
 * readers (the list below carries the same content), so it is hidden from them.
 */
export function TimelineAxis(props: Props) {
  if (props.events.length === 0 && props.markers.length === 0) return null;
  return (
    <>
      <AxisDrawing {...props} geometry={WIDE} className="hidden sm:block print:block" />
      <AxisDrawing {...props} geometry={NARROW} className="sm:hidden print:hidden" />
    </>
  );
}

function AxisDrawing({
  events,
  markers,
  styles,
  geometry,
  className,
}: Props & { geometry: AxisGeometry; className: string }) {
  const layout = layoutTimelineAxis(events, markers, geometry);
  // Label rows on top, then the stacked dots, then the axis with its years.
  const axisY = layout.rows * ROW_HEIGHT + 24 + Math.max(0, layout.levels - 1) * LEVEL_HEIGHT;
  const height = axisY + (layout.earlier > 0 ? 52 : 30);
  return (
    <svg
      viewBox={`0 0 ${geometry.width} ${height}`}
      className={`w-full font-sans text-fg print:text-black ${className}`}
      aria-hidden="true"
    >
      <line
        x1={AXIS_MARGIN}
        x2={geometry.width - AXIS_MARGIN}
        y1={axisY}
        y2={axisY}
        stroke="currentColor"
        strokeWidth={1.5}
      />
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
        <text x={AXIS_MARGIN} y={axisY + 44} fontSize={13} fill="currentColor">
          ← {layout.earlier} earlier
        </text>
      )}
      {layout.markers.map(({ marker, x, row, anchor, textX }) => {
        const y = 16 + row * ROW_HEIGHT;
        const publication = marker.kind === "publication";
        return (
          <g key={`${marker.kind}-${marker.date}-${marker.short}`}>
            <line
              x1={x}
              x2={x}
              y1={y - 10}
              y2={axisY + 4}
              stroke={publication ? "var(--accent)" : "currentColor"}
              strokeWidth={publication ? 3 : 1.5}
              strokeDasharray={publication ? undefined : "5 4"}
            />
            <text x={textX} y={y} textAnchor={anchor} fontSize={13} fill="currentColor">
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
