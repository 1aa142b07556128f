import { describe, expect, it } from "vitest";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from "../corpus";
import { timelineMarkers } from "./timeline";
import { DOT_RADIUS, layoutTimelineAxis, MAX_DOT_LEVELS, type PlacedMarker } from "./timeline-axis";

const DESKTOP = { width: 1000, spanYears: 16, yearStep: 2 };
const PHONE = { width: 420, spanYears: 8, yearStep: 2 };

const seed = getComparison(SEED_SLUG);
if (!seed?.framing) throw new Error("the seed has a framing lens");
const events = seed.framing.timeline;
const markers = timelineMarkers(seed.documents, seed.milestones);

function crossings<M>(placed: PlacedMarker<M>[]): string[] {
  const problems: string[] = [];
  for (const a of placed)
    for (const b of placed) {
      if (a === b) continue;
      if (a.row === b.row && a.from < b.to && b.from < a.to) problems.push(`overlap ${a.from}/${b.from}`);
      if (a.row < b.row && a.x >= b.from && a.x <= b.to) problems.push(`line at ${a.x} crosses a label`);
    }
  return problems;
}

describe.each([
  ["desktop", DESKTOP],
  ["phone", PHONE],
])("the seed's timeline axis on %s", (_, geometry) => {
  const layout = layoutTimelineAxis(events, markers, geometry);

  it("places every event and marker with the texts' own labels, counting the events before the axis", () => {
    expect(markers.map((m) => m.short)).toEqual(["News report written", "Opinion written", "7 October 2023"]);
    expect(layout.dots.length + layout.earlier).toBe(events.length);
    expect(layout.markers).toHaveLength(markers.length);
    expect(layout.earlier).toBeGreaterThan(0);
    expect(layout.years.filter((y) => y.labelled).every((y) => y.year % geometry.yearStep === 0)).toBe(true);
  });

  it("keeps marker labels apart, uncrossed by other markers' lines, and inside the drawing", () => {
    expect(crossings(layout.markers)).toEqual([]);
    for (const m of layout.markers) {
      expect(m.from).toBeGreaterThanOrEqual(0);
      expect(m.to).toBeLessThanOrEqual(geometry.width);
    }
  });

  it("never draws two dots on one level closer than a dot's width", () => {
    for (const level of new Set(layout.dots.map((d) => d.level))) {
      const xs = layout.dots
        .filter((d) => d.level === level)
        .map((d) => d.x)
        .sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++)
        expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(2 * DOT_RADIUS);
    }
  });
});

describe("layoutTimelineAxis", () => {
  it("stacks dots of the same date instead of drawing them on top of each other", () => {
    const same = ["a", "b", "c"].map((id) => ({ id, date: "2023-10-07" }));
    const { dots } = layoutTimelineAxis(same, [], DESKTOP);
    expect(dots.map((d) => d.level)).toEqual([0, 1, 2]);
  });

  it("keeps spread-out dots on the axis", () => {
    const apart = [2010, 2014, 2018].map((y) => ({ id: `e${y}`, date: String(y) }));
    expect(layoutTimelineAxis(apart, [], DESKTOP).dots.map((d) => d.level)).toEqual([0, 0, 0]);
  });

  it("puts a label after its line when there is no room before it", () => {
    const early = [{ date: "2009-02", short: "Opinion written" }];
    const late = [{ id: "x", date: "2024" }];
    const [marker] = layoutTimelineAxis(late, early, DESKTOP).markers;
    expect(marker?.anchor).toBe("start");
    expect(marker?.from).toBeGreaterThan(marker?.x ?? Number.NaN);
  });

  it("moves a label to another row rather than across a nearby marker's line", () => {
    const close = [
      { date: "2023-10-07", short: "7 October 2023" },
      { date: "2024-03-19", short: "News report written" },
    ];
    const { markers: placed } = layoutTimelineAxis([], close, DESKTOP);
    expect(new Set(placed.map((m) => m.row)).size).toBe(2);
    expect(crossings(placed)).toEqual([]);
  });

  it("grows the axis rather than draw a marker at a wrong date", () => {
    const old = [{ date: "2012-05", short: "Opinion written" }];
    const layout = layoutTimelineAxis([{ id: "x", date: "2024" }], old, PHONE);
    const marker = layout.markers[0];
    const y2012 = layout.years.find((y) => y.year === 2012);
    const y2013 = layout.years.find((y) => y.year === 2013);
    if (!marker || !y2012 || !y2013) throw new Error("the axis must reach back to 2012");
    expect(marker.x).toBeGreaterThan(y2012.x);
    expect(marker.x).toBeLessThan(y2013.x);
    expect(layout.years.filter((y) => y.labelled).length).toBeLessThanOrEqual(PHONE.spanYears / 2 + 1);
  });

  it("adds label rows for markers packed close together, and keeps them apart", () => {
    const packed = ["2023-07-01", "2023-09-15", "2023-12-01", "2024-03-19"].map((date, i) => ({
      date,
      short: ["Comment written", "Opinion written", "7 October 2023", "News report written"][i] ?? "",
    }));
    const layout = layoutTimelineAxis([], packed, PHONE);
    expect(layout.rows).toBeGreaterThan(1);
    expect(crossings(layout.markers)).toEqual([]);
  });

  it("lays out nothing when there is nothing to place", () => {
    expect(layoutTimelineAxis([], [], DESKTOP)).toEqual({
      years: [],
      earlier: 0,
      dots: [],
      markers: [],
      rows: 0,
      levels: 0,
    });
  });

  it("stacks at most MAX_DOT_LEVELS dots on one date; more share the top level", () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, date: "2020-01-01" }));
    const { dots, levels } = layoutTimelineAxis(many, [], DESKTOP);
    expect(levels).toBe(MAX_DOT_LEVELS);
    expect(dots.filter((d) => d.level === MAX_DOT_LEVELS - 1)).toHaveLength(12 - MAX_DOT_LEVELS + 1);
  });
});
