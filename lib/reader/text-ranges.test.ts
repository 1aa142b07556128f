// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { CUE_KINDS } from "../framing/cue-labels";
import { cueRanges, findMatches, hiddenColumn, indexOfRange, rangesIn } from "./text-ranges";

const passage = (side: string, id: string, html: string, hidden = false) =>
  `<section data-side="${side}"${hidden ? " hidden" : ""}><div data-passage="${id}"><span data-text>${html}</span></div></section>`;

beforeEach(() => {
  // jsdom has no layout: an element is visible unless it or an ancestor is `hidden`.
  Element.prototype.checkVisibility = function (this: Element) {
    return this.closest("[hidden]") === null;
  };
});

describe("rangesIn", () => {
  it("maps offsets into an element's text over its text nodes, skipping screen-reader notes", () => {
    document.body.innerHTML = `<p id="p">Hard <mark>boiled</mark><span class="sr-only">[hedge] </span> Putin</p>`;
    const el = document.getElementById("p") as Element;
    let seen = "";
    const ranges = rangesIn(el, (text) => {
      seen = text;
      return [{ start: 2, end: 10 }];
    });
    expect(seen).toBe("Hard boiled Putin");
    expect(ranges.map((r) => r.toString())).toEqual(["rd boile"]);
    expect(rangesIn(document.createElement("p"), () => [{ start: 0, end: 1 }])).toEqual([]);
  });
});

describe("findMatches", () => {
  it("counts each match once, steps through its first shown copy, and highlights every copy", () => {
    document.body.innerHTML = [
      passage("news", "news-p1", "The veto, a veto"),
      passage("news", "news-p1", "The veto, a veto"),
      passage("opinion", "opinion-p2", "No <b>ve</b>to here", true),
    ].join("");
    const found = findMatches(document, "veto");
    expect(found.perSide).toEqual({ news: 2 });
    expect(found.steps).toHaveLength(2);
    expect(found.ranges.map((r) => r.toString())).toEqual(["veto", "veto", "veto", "veto"]);
    expect(found.pending).toBe(false);
    expect(findMatches(document, "v")).toEqual({
      ranges: [],
      steps: [],
      perSide: {},
      pending: false,
      scope: "all",
    });
  });
  it("counts the side a phone hides, and names it so a step there can show it", () => {
    document.body.innerHTML = `<div>${["news", "opinion"]
      .map(
        (side) =>
          `<section data-side="${side}" data-side-column="${side}"${side === "opinion" ? ' style="display:none"' : ""}>${passage(side, `${side}-p1`, "a veto")}</section>`,
      )
      .join("")}</div>`;
    Element.prototype.checkVisibility = function (this: Element) {
      return this.closest("[hidden],[style]") === null;
    };
    const found = findMatches(document, "veto");
    expect(found.perSide).toEqual({ news: 1, opinion: 1 });
    expect(found.steps.map((r) => hiddenColumn(r))).toEqual([null, "opinion"]);
    // Ranges made again over the same text are the same places.
    expect(indexOfRange(findMatches(document, "veto").steps, found.steps[1])).toBe(1);
    expect(indexOfRange(found.steps, undefined)).toBe(-1);
  });
  it("says the count is not final while an overview row on screen waits for its passages", () => {
    document.body.innerHTML = `<section data-row="iran" data-overview></section>${passage("news", "news-p1", "veto")}`;
    expect(findMatches(document, "veto").pending).toBe(true);
  });
  it("takes what the count covers from the filter's status line", () => {
    document.body.innerHTML = `<p data-search-scope="shown"></p>${passage("news", "news-p1", "veto")}`;
    expect(findMatches(document, "veto").scope).toBe("shown");
  });
});

describe("cueRanges", () => {
  it("groups each passage's cue ranges by kind, with the note a screen reader hears", () => {
    document.body.innerHTML =
      passage("news", "news-p1", "Russia could probably veto it") + passage("news", "news-p2", "Plain");
    const hedge = CUE_KINDS.indexOf("hedge");
    const { byKind, notes } = cueRanges(document, {
      passages: { "news-p1": [hedge, 7, 12, hedge, 13, 21] },
      rates: [],
      sources: [],
    } as never);
    expect(byKind.get("hedge")?.map((r) => r.toString())).toEqual(["could", "probably"]);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.text).toContain("“could”, “probably”");
  });
});
