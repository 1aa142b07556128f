import { describe, expect, it } from "vitest";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from "../corpus";
import {
  countByTopic,
  countMatches,
  locatePassages,
  matchRanges,
  relatedPassages,
  segmentText,
  splitMatches,
} from "./analysis";
import { filterCss, phoneSideCss, selectionCss, visibleTopics } from "./filter-css";
import { parseReaderState, serializeReaderState } from "./url-state";

const seed = getComparison(SEED_SLUG);
if (!seed) throw new Error("seed comparison missing");
const topicIds = seed.topics.map((t) => t.id);

describe("URL state", () => {
  it("parses a shared link and drops what it does not know", () => {
    const params = new URLSearchParams(
      "view=full&topics=un-votes,nope,hamas-visits&both=1&q=%20veto%20&side=opinion",
    );
    expect(parseReaderState(params, topicIds, ["news", "opinion"])).toEqual({
      view: "full",
      topics: ["un-votes", "hamas-visits"],
      both: true,
      q: "veto",
      side: "opinion",
      only: false,
      cues: false,
    });
    expect(parseReaderState({ view: "weird", side: "nowhere" }, topicIds, ["news"])).toMatchObject({
      view: "topics",
      topics: [],
      side: null,
    });
  });

  it("writes the topics in the comparison's order, so one view has one URL", () => {
    const state = parseReaderState(new URLSearchParams("topics=hamas-visits,un-votes"), topicIds);
    expect(serializeReaderState(state)).toBe("?topics=un-votes,hamas-visits");
    expect(serializeReaderState({ ...state, topics: [], view: "topics" })).toBe("");
  });

  it("round-trips", () => {
    const state = {
      view: "timeline" as const,
      topics: ["iran"],
      both: true,
      q: "Golan & co",
      side: "opinion",
      only: true,
      cues: true,
    };
    expect(parseReaderState(new URLSearchParams(serializeReaderState(state)), topicIds, ["opinion"])).toEqual(
      state,
    );
  });
});

describe("counts per topic and side", () => {
  const counts = countByTopic(seed);
  it("counts the news report, the opinion piece and its comments separately", () => {
    expect(counts.get("hamas-visits")).toEqual({
      main: { news: 1, opinion: 3 },
      replies: { news: 0, opinion: 3 },
      everySide: true,
    });
  });
  it("knows which topics only one side covers", () => {
    const oneSided = [...counts].filter(([, c]) => !c.everySide).map(([id]) => id);
    expect(oneSided).toEqual(expect.arrayContaining(["regional-broker", "trade-tech"]));
    expect(oneSided).not.toContain("un-votes");
  });
});

describe("related passages", () => {
  const located = locatePassages(seed);
  it("finds the other side's passages on the same topics", () => {
    // opinion-p21 ("Hamas went to the Kremlin March 2…") is tagged hamas-visits only.
    expect(relatedPassages(located, "opinion-p21").map((l) => l.passage.id)).toEqual(["news-p15"]);
    const fromNews = relatedPassages(located, "news-p15").map((l) => l.passage.id);
    expect(fromNews).toEqual(expect.arrayContaining(["opinion-p20", "opinion-p21", "comment-7-p3"]));
    expect(fromNews.every((id) => !id.startsWith("news-"))).toBe(true);
  });
  it("finds nothing for a passage without topics", () => {
    expect(relatedPassages(located, "comment-3-p1")).toEqual([]);
  });
});

describe("search", () => {
  it("splits text into highlighted runs, ignoring case and quote style", () => {
    expect(splitMatches("Russia’s veto; the VETO.", "veto")).toEqual([
      { text: "Russia’s ", match: false },
      { text: "veto", match: true },
      { text: "; the ", match: false },
      { text: "VETO", match: true },
      { text: ".", match: false },
    ]);
    expect(countMatches("Russia’s UN veto", "russia's")).toBe(1);
  });
  it("treats regex characters literally and ignores one-letter queries", () => {
    expect(countMatches("a (b) c", "(b)")).toBe(1);
    expect(splitMatches("abc", "a")).toEqual([{ text: "abc", match: false }]);
  });
});

describe("filter stylesheet", () => {
  const input = {
    allTopics: ["a", "b", "c"],
    sharedTopics: ["a", "b"],
    selected: [] as string[],
    both: false,
  };
  it("is empty when nothing is filtered", () => {
    expect(filterCss({ allTopics: input.allTopics, visible: visibleTopics(input) })).toBe("");
  });
  it("keeps the chosen topics' rows and passages", () => {
    const css = filterCss({
      allTopics: input.allTopics,
      visible: visibleTopics({ ...input, selected: ["b"] }),
    });
    expect(css).toBe(
      '[data-row]:not([data-row~="b"]),[data-passage]:not([data-topics~="b"]),[data-event-topics]:not([data-event-topics~="b"]){display:none}',
    );
  });
  it("shows one side of the full text on phones", () => {
    expect(phoneSideCss("opinion")).toBe(
      '@media screen and (max-width:767px){[data-side-column]:not([data-side-column="opinion"]){display:none}}',
    );
    expect(phoneSideCss(undefined)).toBe("");
  });
  it("narrows to topics both sides cover", () => {
    expect(visibleTopics({ ...input, both: true })).toEqual(["a", "b"]);
    expect(visibleTopics({ ...input, both: true, selected: ["b", "c"] })).toEqual(["b"]);
  });
  it("marks a selected passage and its counterparts", () => {
    expect(selectionCss(null, [])).toBe("");
    expect(selectionCss("x-p1", ["y-p2", "y-p3"])).toContain('[data-passage="y-p2"],[data-passage="y-p3"]{');
  });
});

describe("segments for overlapping marks", () => {
  it("cuts at every boundary and lists the marks covering each run", () => {
    const text = "Russia could veto it.";
    const ranges = [...matchRanges(text, "veto"), { start: 7, end: 12, key: "cue-hedge" }];
    expect(segmentText(text, ranges)).toEqual([
      { text: "Russia ", keys: [] },
      { text: "could", keys: ["cue-hedge"] },
      { text: " ", keys: [] },
      { text: "veto", keys: ["match"] },
      { text: " it.", keys: [] },
    ]);
    expect(
      segmentText("abc", [
        { start: 0, end: 3, key: "a" },
        { start: 1, end: 2, key: "b" },
      ]),
    ).toEqual([
      { text: "a", keys: ["a"] },
      { text: "b", keys: ["a", "b"] },
      { text: "c", keys: ["a"] },
    ]);
  });
});

describe("filter stylesheet for only-here passages", () => {
  it("hides passages without the mark", () => {
    const css = filterCss({ allTopics: ["a"], visible: ["a"], onlyHere: true });
    expect(css).toBe("[data-passage]:not([data-only-here]){display:none}");
  });
});
