/**
 * Where things go on the timeline's overview axis (framework-free, client-safe): dots stacked only where
 * they would touch, marker labels in rows so that no label overlaps another or is crossed by another
 * marker's line, and labels kept inside the drawing. The component draws what this returns.
 */
import { yearPosition } from "./timeline";

export interface AxisEventInput {
  id: string;
  date: string;
}
export interface AxisMarkerInput {
  date: string;
  short: string;
}

export interface AxisGeometry {
  width: number;
  /** Years shown; earlier events sit at the left end and are counted. */
  spanYears: number;
  /** Label every Nth year. */
  yearStep: number;
}

export interface PlacedDot<E> {
  event: E;
  x: number;
  /** 0 on the axis, 1 above it… */
  level: number;
}
export interface PlacedMarker<M> {
  marker: M;
  x: number;
  /** Label row from the top, 0 first. */
  row: number;
  anchor: "start" | "end";
  /** The label's horizontal extent. */
  from: number;
  to: number;
}

export const DOT_RADIUS = 5;
export const LABEL_ROWS = 3;
export const MAX_DOT_LEVELS = 8;
const MARGIN = 20;
/** Width of a character of the 13-unit sans-serif labels, rounded up so estimates err wide. */
const CHAR_WIDTH = 7.6;
const GAP = 6;

export function layoutTimelineAxis<E extends AxisEventInput, M extends AxisMarkerInput>(
  events: readonly E[],
  markers: readonly M[],
  { width, spanYears, yearStep }: AxisGeometry,
) {
  const positions = [...markers.map((m) => yearPosition(m.date)), ...events.map((e) => yearPosition(e.date))];
  const last = Math.ceil(Math.max(...positions) + 0.01);
  const first = last - spanYears;
  const x = (year: number) => MARGIN + ((year - first) / spanYears) * (width - 2 * MARGIN);
  const years = Array.from({ length: spanYears + 1 }, (_, i) => first + i).map((year) => ({
    year,
    x: x(year),
    labelled: year % yearStep === 0,
  }));
  const onAxis = events.filter((e) => yearPosition(e.date) >= first);
  return {
    years,
    /** Events before the axis starts: counted, not drawn (the list below has them). */
    earlier: events.length - onAxis.length,
    dots: stackDots(onAxis.map((event) => ({ event, x: x(yearPosition(event.date)) }))),
    markers: placeMarkers(
      markers.map((marker) => ({ marker, x: x(Math.max(yearPosition(marker.date), first)) })),
      width,
    ),
  };
}

/** Left to right, each dot on the lowest level where it does not touch the previous dot there. */
function stackDots<E>(dots: { event: E; x: number }[]): PlacedDot<E>[] {
  const lastX: number[] = [];
  return [...dots]
    .sort((a, b) => a.x - b.x)
    .map(({ event, x }) => {
      let level = lastX.findIndex((at) => x - at >= 2 * DOT_RADIUS + 1);
      if (level === -1) level = lastX.length < MAX_DOT_LEVELS ? lastX.length : MAX_DOT_LEVELS - 1;
      lastX[level] = x;
      return { event, x, level };
    });
}

/**
 * Right to left, each label on the first row (and side of its line) where it overlaps no label in that
 * row, no line of a marker labelled higher up crosses it, and its own line crosses no label lower down.
 */
function placeMarkers<M extends AxisMarkerInput>(markers: { marker: M; x: number }[], width: number) {
  const placed: PlacedMarker<M>[] = [];
  const fits = (c: PlacedMarker<M>) =>
    c.from >= 0 &&
    c.to <= width &&
    placed.every((p) => {
      if (p.row === c.row) return c.to + GAP <= p.from || p.to + GAP <= c.from;
      const [upper, lower] = p.row < c.row ? [p, c] : [c, p];
      return upper.x < lower.from - 2 || upper.x > lower.to + 2;
    });
  for (const { marker, x } of [...markers].sort((a, b) => b.x - a.x)) {
    const text = marker.short.length * CHAR_WIDTH;
    const options = Array.from({ length: LABEL_ROWS }, (_, row) => [
      { marker, x, row, anchor: "end" as const, from: x - GAP - text, to: x - GAP },
      { marker, x, row, anchor: "start" as const, from: x + GAP, to: x + GAP + text },
    ]).flat();
    placed.push(options.find(fits) ?? (options[0] as PlacedMarker<M>));
  }
  return placed;
}
