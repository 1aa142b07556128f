import { describe, expect, it } from "vitest";
import {
  answersByPrompt,
  EMPTY_FEED,
  type FeedEntry,
  keepRoster,
  mergePage,
  nextShown,
} from "./answers-feed";

const entry = (studentId: string, student: string, promptId: string, text: string): FeedEntry => ({
  studentId,
  student,
  promptId,
  text,
  updatedAt: "2026-01-01T00:00:00.000Z",
});

describe("answers feed", () => {
  it("merges pages: a rewrite replaces the earlier text, the cursor moves on", () => {
    const one = mergePage(EMPTY_FEED, {
      answers: [entry("s1", "Ben", "p1", "first"), entry("s2", "Ada", "p1", "hers")],
      next: "3-2",
    });
    const two = mergePage(one, { answers: [entry("s1", "Ben", "p1", "second")], next: "4-3" });
    expect(two.cursor).toBe("4-3");
    expect([...two.entries.values()].map((e) => e.text)).toEqual(["second", "hers"]);
    expect(one.entries.get("s1|p1")?.text).toBe("first"); // The earlier state is left as it was.
  });

  it("keeps the same state object when a page brings nothing new", () => {
    const state = mergePage(EMPTY_FEED, { answers: [entry("s1", "Ben", "p1", "x")], next: "1-1" });
    expect(mergePage(state, { answers: [], next: "1-1" })).toBe(state);
  });

  it("drops removed students' answers, and only then makes a new state", () => {
    const state = mergePage(EMPTY_FEED, {
      answers: [entry("s1", "Ben", "p1", "a"), entry("s2", "Ada", "p2", "b")],
      next: "1-2",
    });
    expect(keepRoster(state, new Set(["s1", "s2"]))).toBe(state);
    const kept = keepRoster(state, new Set(["s2"]));
    expect([...kept.entries.keys()]).toEqual(["s2|p2"]);
    expect(kept.cursor).toBe("1-2");
  });

  it("groups by prompt, students in name order, numbers as numbers", () => {
    const state = mergePage(EMPTY_FEED, {
      answers: [
        entry("s1", "Ben", "p1", "a"),
        entry("s2", "Ada 10", "p1", "b"),
        entry("s4", "Ada 2", "p1", "d"),
        entry("s3", "Cy", "p2", "c"),
      ],
      next: "1-4",
    });
    const grouped = answersByPrompt(state);
    expect(grouped.get("p1")?.map((e) => e.student)).toEqual(["Ada 2", "Ada 10", "Ben"]);
    expect(grouped.get("p2")?.map((e) => e.student)).toEqual(["Cy"]);
  });

  it("pages the view by a step, never past the end", () => {
    expect(nextShown(10, 300, 20)).toBe(30);
    expect(nextShown(290, 300, 20)).toBe(300);
    expect(nextShown(-5, 3, 20)).toBe(3);
  });
});
