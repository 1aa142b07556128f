import { describe, expect, it } from "vitest";
import { applyPatch, completeRow, needsRows, planUpdate, readerHref, switchView } from "./state-changes";
import { DEFAULT_STATE } from "./url-state";

const TOPICS = ["syria", "un-votes", "hamas-visits"];

describe("applyPatch", () => {
  it("filters in the page: a history entry, no server render", () => {
    const change = applyPatch(DEFAULT_STATE, { topics: ["un-votes"] });
    expect(change).toEqual({
      next: { ...DEFAULT_STATE, topics: ["un-votes"] },
      replace: false,
      server: false,
    });
  });

  it("asks the server for another view; cue marks are painted in the page, pushed to history", () => {
    expect(applyPatch(DEFAULT_STATE, { view: "full" }).server).toBe(true);
    expect(applyPatch(DEFAULT_STATE, { cues: true })).toMatchObject({ server: false, replace: false });
    expect(applyPatch(DEFAULT_STATE, { only: true }).server).toBe(false);
  });

  it("replaces the entry while typing or switching the phone column", () => {
    expect(applyPatch(DEFAULT_STATE, { q: "veto" }).replace).toBe(true);
    expect(applyPatch(DEFAULT_STATE, { side: "opinion" }).replace).toBe(true);
    expect(applyPatch(DEFAULT_STATE, { q: "veto", both: true }).replace).toBe(false);
  });

  it("changes nothing for a patch equal to the state", () => {
    const change = applyPatch({ ...DEFAULT_STATE, topics: ["syria"] }, { topics: ["syria"], view: "topics" });
    expect(change.server).toBe(false);
    expect(change.replace).toBe(false);
  });
});

describe("switchView and readerHref", () => {
  it("drops the full text's settings when leaving it", () => {
    expect(switchView("topics")).toEqual({
      view: "topics",
      only: false,
      side: null,
    });
    expect(switchView("full")).toEqual({ view: "full" });
  });

  it("writes a shareable link", () => {
    const state = { ...DEFAULT_STATE, view: "full" as const, topics: ["syria", "un-votes"], q: "veto" };
    expect(readerHref("/", state, "#news-p4")).toBe("/?view=full&topics=syria,un-votes&q=veto#news-p4");
    expect(readerHref("/compare/x", DEFAULT_STATE)).toBe("/compare/x");
  });
});

describe("overview rows", () => {
  const overview = new Set(["syria", "un-votes"]);
  const isOverview = (t: string) => overview.has(t);
  it("asks the server for the passages of a row a filter or search shows", () => {
    const topics = { ...DEFAULT_STATE, topics: ["un-votes"] };
    expect(needsRows(topics, ["un-votes"], isOverview)).toBe(true);
    expect(needsRows({ ...DEFAULT_STATE, topics: ["hamas-visits"] }, ["hamas-visits"], isOverview)).toBe(
      false,
    );
    expect(needsRows({ ...DEFAULT_STATE, q: "veto" }, TOPICS, isOverview)).toBe(true);
    expect(needsRows(DEFAULT_STATE, TOPICS, isOverview)).toBe(false);
    expect(needsRows({ ...topics, view: "full" }, ["un-votes"], isOverview)).toBe(false);
  });
  it("renders whole the rows a filter or search names", () => {
    expect(completeRow(DEFAULT_STATE, "syria")).toBe(false);
    expect(completeRow({ ...DEFAULT_STATE, topics: ["syria"] }, "syria")).toBe(true);
    expect(completeRow({ ...DEFAULT_STATE, q: "Hamas" }, "un-votes")).toBe(true);
  });
});

describe("planUpdate", () => {
  const page = { allTopics: TOPICS, sharedTopics: ["un-votes"], canPaintCues: true, isOverview: () => false };
  const full = { ...DEFAULT_STATE, view: "full" as const };

  it("applies a filter click in the page, written to history at once", () => {
    expect(planUpdate(full, { topics: ["syria"] }, page)).toMatchObject({
      navigate: false,
      delay: 0,
      replace: false,
    });
  });

  it("writes typing once it pauses, replacing the entry", () => {
    expect(planUpdate(full, { q: "veto" }, page)).toMatchObject({
      navigate: false,
      delay: 250,
      replace: true,
    });
  });

  it("asks the server for another view, or for cues a browser cannot paint", () => {
    expect(planUpdate(full, { view: "topics" }, page)).toMatchObject({ navigate: true, delay: 0 });
    expect(planUpdate(full, { cues: true }, page).navigate).toBe(false);
    expect(planUpdate(full, { cues: true }, { ...page, canPaintCues: false }).navigate).toBe(true);
    expect(planUpdate(full, { both: true }, { ...page, canPaintCues: false }).navigate).toBe(false);
  });

  it("asks the server for the passages of overview rows a filter or a search shows, typing after a pause", () => {
    const overview = { ...page, isOverview: (t: string) => t === "un-votes" };
    expect(planUpdate(DEFAULT_STATE, { topics: ["syria"] }, overview).navigate).toBe(false);
    expect(planUpdate(DEFAULT_STATE, { topics: ["un-votes"] }, overview)).toMatchObject({
      navigate: true,
      delay: 0,
    });
    expect(planUpdate(DEFAULT_STATE, { q: "veto" }, overview)).toMatchObject({ navigate: true, delay: 400 });
    // "Both sides" leaves only un-votes: an overview row the search then shows.
    expect(planUpdate(DEFAULT_STATE, { q: "ve", both: true }, overview).navigate).toBe(true);
  });
});
