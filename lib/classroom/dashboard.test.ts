import { describe, expect, it } from "vitest";
import { buildDashboard, type DashboardInput } from "./dashboard";
import { fixtureComparison } from "./fixtures";
import { defaultLabels } from "./labels";

const input: DashboardInput = {
  students: [
    { id: "s2", name: "Ben", joinedAt: "2025-03-01T10:01:00.000Z" },
    { id: "s1", name: "Ada", joinedAt: new Date("2025-03-01T10:00:00Z") },
    { id: "s3", name: "Cy", joinedAt: "2025-03-01T10:02:00.000Z" },
  ],
  responses: [
    { studentId: "s1", passageId: "news-p1", label: "fact", note: null },
    { studentId: "s2", passageId: "news-p1", label: "fact", note: "agreed" },
    { studentId: "s2", passageId: "news-p1", label: "frame-legality", note: null },
    { studentId: "s1", passageId: "op-p2", label: "frame-political", note: null },
    { studentId: "s2", passageId: "op-p2", label: "frame-security-defense", note: null },
    { studentId: "s1", passageId: "news-p3", label: "opinion", note: null },
    { studentId: "s1", passageId: "comment-1-p1", label: "frame-security-defense", note: null },
  ],
  answers: [{ studentId: "s2", promptId: "claim-vote-2016-who" }],
};

describe("buildDashboard", () => {
  const comparison = fixtureComparison();
  const dashboard = buildDashboard(input, comparison, defaultLabels(comparison));

  it("gives the roster in joining order: progress, join time and how many notes", () => {
    const at = (m: number) => `2025-03-01T10:0${m}:00.000Z`;
    expect(dashboard.students).toEqual([
      { id: "s1", name: "Ada", joinedAt: at(0), responses: 4, answers: 0, notes: 0 },
      { id: "s2", name: "Ben", joinedAt: at(1), responses: 3, answers: 1, notes: 1 },
      { id: "s3", name: "Cy", joinedAt: at(2), responses: 0, answers: 0, notes: 0 },
    ]);
    expect(dashboard.participation).toEqual({ joined: 3, active: 2, responses: 7, answers: 1 });
    expect(dashboard.responses).toBe(7);
  });

  it("gives the label distribution per passage and overall (every label, even at zero)", () => {
    expect(dashboard.byPassage["news-p1"]).toEqual({ fact: 2, "frame-legality": 1 });
    expect(dashboard.byPassage["news-p2"]).toBeUndefined();
    expect(dashboard.byLabel).toMatchObject({
      fact: 2,
      opinion: 1,
      "claim-to-check": 0,
      "frame-security-defense": 2,
    });
  });

  it("counts answers per prompt, without their texts", () => {
    expect(dashboard.answers).toEqual({ "claim-vote-2016-who": 1 });
    expect(JSON.stringify(dashboard)).not.toContain("agreed");
  });

  it("says how much of each editorial topic the class tagged", () => {
    expect(dashboard.agreement.topics).toEqual([
      // un-votes: news-p1, op-p1, op-p2; the class tagged news-p1 and op-p2.
      { topic: "un-votes", label: "The UN", editorPassages: 3, classTagged: 2, responses: 5 },
      // iran: news-p2, op-p2, comment-1-p1.
      { topic: "iran", label: "Iran", editorPassages: 3, classTagged: 2, responses: 3 },
    ]);
    expect(dashboard.agreement.untaggedByEditors).toBe(1); // news-p3
  });

  it("sets the class's frame tags beside the lens's frames per topic and side", () => {
    const find = (topic: string, side: string) =>
      dashboard.agreement.frames.find((f) => f.topic === topic && f.side === side);
    expect(find("un-votes", "news")).toEqual({
      topic: "un-votes",
      side: "news",
      lensFrames: ["legality"],
      passages: 1,
      classFrames: { legality: 1 },
      classFrameTags: 1,
      inLens: 1,
    });
    expect(find("un-votes", "op")).toMatchObject({
      passages: 2,
      classFrames: { political: 1, "security-defense": 1 },
      inLens: 1,
    });
    expect(find("iran", "comments")).toMatchObject({ passages: 1, classFrameTags: 1, inLens: 1 });
    expect(find("iran", "news")).toMatchObject({ passages: 1, classFrameTags: 0, inLens: 0 });
  });

  it("works without a framing lens and without any rows", () => {
    const plain = fixtureComparison(false);
    const empty = buildDashboard({ students: [], responses: [], answers: [] }, plain, defaultLabels(plain));
    expect(empty.participation).toEqual({ joined: 0, active: 0, responses: 0, answers: 0 });
    expect(empty.byPassage).toEqual({});
    expect(empty.byLabel).toEqual({ fact: 0, opinion: 0, "claim-to-check": 0 });
    expect(empty.agreement.frames).toEqual([]);
    expect(empty.agreement.topics.map((t) => t.classTagged)).toEqual([0, 0]);
    // The dashboard names editors and the framing lens only where there is one.
    expect(empty.agreement.framingLens).toBe(false);
    expect(
      buildDashboard({ students: [], responses: [], answers: [] }, fixtureComparison(), []).agreement
        .framingLens,
    ).toBe(true);
  });
});
