import { describe, expect, it } from "vitest";
import { fixtureDocument } from "../corpus/fixtures";
import {
  addTopic,
  correctionOf,
  counterpartsOf,
  deleteTopic,
  mergeTopics,
  renameTopic,
  setCounterpart,
  togglePassageTopic,
  topicIdFor,
} from "./correction";
import type { AlignmentCorrection } from "./schema";

const base: AlignmentCorrection = {
  topics: [
    { id: "syria", label: "Syria" },
    { id: "un", label: "UN" },
    { id: "vetoes", label: "Vetoes" },
  ],
  passages: { "doc-1-p1": ["syria"], "doc-1-p2": ["un", "vetoes"], "doc-2-p1": ["vetoes"] },
  links: [{ source: "doc-1-p2", target: "doc-2-p1", score: 0.7 }],
};
const documentOf = (id: string) => id.replace(/-p\d+$/, "");

describe("alignment corrections", () => {
  it("rename a topic without touching its passages", () => {
    const c = renameTopic(base, "un", "United Nations");
    expect(c.topics[1]).toEqual({ id: "un", label: "United Nations" });
    expect(c.passages).toEqual(base.passages);
  });

  it("delete a topic from the list and from every passage", () => {
    const c = deleteTopic(base, "vetoes");
    expect(c.topics.map((t) => t.id)).toEqual(["syria", "un"]);
    expect(c.passages).toEqual({ "doc-1-p1": ["syria"], "doc-1-p2": ["un"], "doc-2-p1": [] });
  });

  it("merge one topic into another without duplicating it on a passage", () => {
    const c = mergeTopics(base, "vetoes", "un");
    expect(c.topics.map((t) => t.id)).toEqual(["syria", "un"]);
    expect(c.passages).toEqual({ "doc-1-p1": ["syria"], "doc-1-p2": ["un"], "doc-2-p1": ["un"] });
    expect(mergeTopics(base, "un", "un")).toBe(base);
  });

  it("toggle a passage's topic on and off", () => {
    const on = togglePassageTopic(base, "doc-1-p1", "un");
    expect(on.passages["doc-1-p1"]).toEqual(["syria", "un"]);
    expect(togglePassageTopic(on, "doc-1-p1", "un").passages["doc-1-p1"]).toEqual(["syria"]);
  });

  it("keep at most one counterpart per other document, set by the teacher with certainty", () => {
    const moved = setCounterpart(base, "doc-2-p1", "doc-1", "doc-1-p1", documentOf);
    expect(moved.links).toEqual([{ source: "doc-2-p1", target: "doc-1-p1", score: 1 }]);
    expect(counterpartsOf(moved, "doc-1-p1")).toEqual([{ id: "doc-2-p1", score: 1 }]);
    expect(counterpartsOf(moved, "doc-1-p2")).toEqual([]);
    expect(setCounterpart(base, "doc-1-p2", "doc-2", null, documentOf).links).toEqual([]);
  });

  it("add topics with unique kebab-case ids", () => {
    expect(topicIdFor("Security Council · veto!", [])).toBe("security-council-veto");
    expect(topicIdFor("Syria", ["syria", "syria-2"])).toBe("syria-3");
    expect(topicIdFor("…", [])).toBe("topic");
    expect(addTopic(base, "Syria").topics.at(-1)).toEqual({ id: "syria-2", label: "Syria" });
  });

  it("read a saved comparison back as a correction, each link once", () => {
    const a = fixtureDocument("doc-1", "news", [{ topics: ["syria"] }]);
    const b = fixtureDocument("doc-2", "opinion", [{ topics: [] }]);
    const pa = a.passages[0];
    const pb = b.passages[0];
    if (!pa || !pb) throw new Error("fixture");
    pa.counterparts = [{ id: pb.id, score: 0.5 }];
    pb.counterparts = [{ id: pa.id, score: 0.5 }];
    const c = correctionOf({
      topics: [{ id: "syria", label: "Syria", description: "", summaries: {} }],
      documents: [a, b],
    });
    expect(c.links).toEqual([{ source: "doc-1-p1", target: "doc-2-p1", score: 0.5 }]);
    expect(c.passages).toEqual({ "doc-1-p1": ["syria"], "doc-2-p1": [] });
  });
});
