/**
 * Where things go on the timeline's overview axis: dots stacked where
 * they would touch, marker labels in as many rows as it takes so that no label overlaps another or is
 * crossed by another marker's line, every marker at its true date, labels inside the drawing. The
 * component draws what this returns.
 */
import { yearPosition } from "./timeline";

export interface AxisEventInput {
  id: string;
  date: string;
}

export interface AxisGeometry {
  width: number;
  /** Years shown at least; the axis grows to keep every marker at its true date. */
  spanYears: number;
  /** Label every Nth year (more when the axis grows). */
  yearStep: number;
}

export const AXIS_MARGIN = 20;
export const DOT_RADIUS = 5;
/** Vertical distance between stacked dots. */
export const LEVEL_HEIGHT = 2 * DOT_RADIUS + 1;
/** Above this many stacked dots, more dots on one date share the top level. */
export const MAX_DOT_LEVELS = 8;
/** Between a marker's line and its label. */
export const LABEL_GAP = 6;
/** Width of a character of the 13-unit sans-serif labels, rounded up so estimates err wide. */
const CHAR_WIDTH = 7.6;

export interface PlacedDot<E> {
  event: E;
  x: number;
  /** 0 next to the axis, 1 above it… */
  level: number;
}

export interface PlacedMarker<M> {
  marker: M;
  x: number;
  /** Label row from the top, 0 first. */
  row: number;
  anchor: "start" | "end";
  /** The label's horizontal extent, and where its text is anchored. */
  from: number;
  to: number;
  textX: number;
}

export interface AxisLayout<E, M> {
  years: { year: number; x: number; labelled: boolean }[];
  /** Events before the axis starts: counted, not drawn (the list has them). */
  earlier: number;
  dots: PlacedDot<E>[];
  markers: PlacedMarker<M>[];
  /** Label rows used. */
  rows: number;
  /** Dot levels used. */
  levels: number;
}

export function layoutTimelineAxis<E extends AxisEventInput, M extends { date: string; short: string }>(
  events: readonly E[],
  markers: readonly M[],
  { width, spanYears, yearStep }: AxisGeometry,
): AxisLayout<E, M> {
  if (events.length === 0 && markers.length === 0)
    return { years: [], earlier: 0, dots: [], markers: [], rows: 0, levels: 0 };
  const at = (date: string) => yearPosition(date);
  const all = [...markers.map((m) => at(m.date)), ...events.map((e) => at(e.date))];
  const last = Math.ceil(Math.max(...all) + 0.01);
  const first = Math.min(last - spanYears, ...markers.map((m) => Math.floor(at(m.date))));
  const span = last - first;
  const step = yearStep * Math.ceil(span / spanYears);
  const x = (year: number) => AXIS_MARGIN + ((year - first) / span) * (width - 2 * AXIS_MARGIN);
  const onAxis = events.filter((e) => at(e.date) >= first);
  const dots = stackDots(onAxis.map((event) => ({ event, x: x(at(event.date)) })));
  const placed = placeMarkers(
    markers.map((marker) => ({ marker, x: x(at(marker.date)) })),
    width,
  );
  return {
    years: Array.from({ length: span + 1 }, (_, i) => first + i).map((year) => ({
      year,
      x: x(year),
      labelled: year % step === 0,
    })),
    earlier: events.length - onAxis.length,
    dots,
    markers: placed,
    rows: Math.max(0, ...placed.map((m) => m.row + 1)),
    levels: Math.max(0, ...dots.map((d) => d.level + 1)),
  };
}

/** Left to right, each dot on the lowest level where it does not touch the previous dot there. */
function stackDots<E>(dots: { event: E; x: number }[]): PlacedDot<E>[] {
  const lastX: number[] = [];
  return [...dots]
    .sort((a, b) => a.x - b.x)
    .map(({ event, x }) => {
      let level = lastX.findIndex((prev) => x - prev >= LEVEL_HEIGHT);
      if (level === -1) level = Math.min(lastX.length, MAX_DOT_LEVELS - 1);
      lastX[level] = x;
      return { event, x, level };
    });
}

/**
 * Right to left, each label on the first row (and side of its line) where it stays inside the drawing,
 * overlaps no label in that row, no line of a marker labelled higher up crosses it, and its own line
 * crosses no label lower down; rows are added as needed.
 */
function placeMarkers<M extends { short: string }>(markers: { marker: M; x: number }[], width: number) {
  const placed: PlacedMarker<M>[] = [];
  const clear = (c: PlacedMarker<M>) =>
    placed.every((p) => {
      if (p.row === c.row) return c.to + LABEL_GAP <= p.from || p.to + LABEL_GAP <= c.from;
      const [upper, lower] = p.row < c.row ? [p, c] : [c, p];
      return upper.x < lower.from - 2 || upper.x > lower.to + 2;
    });
  for (const { marker, x } of [...markers].sort((a, b) => b.x - a.x)) {
    const text = marker.short.length * CHAR_WIDTH;
    const sides = (row: number): PlacedMarker<M>[] => [
      { marker, x, row, anchor: "end", from: x - LABEL_GAP - text, to: x - LABEL_GAP, textX: x - LABEL_GAP },
      {
        marker,
        x,
        row,
        anchor: "start",
        from: x + LABEL_GAP,
        to: x + LABEL_GAP + text,
        textX: x + LABEL_GAP,
      },
    ];
    const inside = (c: PlacedMarker<M>) => c.from >= 0 && c.to <= width;
    let choice: PlacedMarker<M> | undefined;
    for (let row = 0; !choice && row <= markers.length; row++)
      choice = sides(row).find((c) => inside(c) && clear(c));
    // Fits nowhere (wider than the drawing, or every row crossed): a row of its own below the others.
    const below = Math.max(-1, ...placed.map((p) => p.row)) + 1;
    placed.push(choice ?? { ...(sides(below)[0] as PlacedMarker<M>) });
  }
  return placed;
}
