import { describe, expect, it } from "vitest";
import { sampleImport, suggestedImport } from "../db/fixtures";
import { type NewComparison, newComparisonSchema } from "./input-schema";

type Doc = NewComparison["documents"][number];
const docs = sampleImport.documents as [Doc, Doc, Doc];
const issuesOf = (input: unknown) => {
  const result = newComparisonSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

describe("newComparisonSchema", () => {
  it("accepts the sample and defaults missing authors to none", () => {
    const parsed = newComparisonSchema.parse(sampleImport);
    expect(parsed.documents[1]?.authors).toEqual([]);
    // Texts are kept exactly, surrounding spaces included.
    expect(parsed.documents[1]?.passages[1]?.text).toBe("  A vote is a vote.  ");
  });

  it("wants 2 to 6 documents", () => {
    expect(issuesOf({ ...sampleImport, documents: [docs[0]], links: [] })).toMatchObject([
      { path: ["documents"] },
    ]);
    const seven = Array.from({ length: 7 }, (_, i) => ({
      ...docs[2],
      id: `d${i}`,
      passages: [{ ...docs[2].passages[0], id: `d${i}-p1`, topics: [] }],
    }));
    expect(issuesOf({ ...sampleImport, documents: seven, links: [] })).toMatchObject([
      { path: ["documents"] },
    ]);
  });

  it("reports duplicate document, passage and topic ids where they occur", () => {
    const dupPassage = { ...docs[2], passages: [{ ...docs[2].passages[0], id: "doc-1-p1", topics: [] }] };
    expect(
      issuesOf({
        ...sampleImport,
        documents: [docs[0], { ...docs[1], id: "doc-1" }, dupPassage],
        topics: [...sampleImport.topics, { id: "un", label: "Again" }],
        links: [],
      }),
    ).toEqual([
      { path: ["documents", 1, "id"], message: 'duplicate document or passage id "doc-1"' },
      { path: ["documents", 2, "passages", 0, "id"], message: 'duplicate document or passage id "doc-1-p1"' },
      { path: ["topics", 2, "id"], message: 'duplicate topic id "un"' },
    ]);
  });

  it("reports unknown and repeated passage topics", () => {
    const tagged = { ...docs[2], passages: [{ ...docs[2].passages[0], topics: ["un", "iran", "un"] }] };
    expect(issuesOf({ ...sampleImport, documents: [docs[0], docs[1], tagged] })).toEqual([
      { path: ["documents", 2, "passages", 0, "topics", 1], message: 'unknown topic "iran"' },
      { path: ["documents", 2, "passages", 0, "topics", 2], message: 'topic "un" repeated' },
    ]);
  });

  it("checks that links join known passages of different documents, each pair once, one-to-many allowed", () => {
    const links = [
      { source: "doc-1-p2", target: "doc-9-p1", score: 0.5 },
      { source: "doc-1-p1", target: "doc-1-p2", score: 0.5 },
      { source: "doc-1-p2", target: "doc-2-p1", score: 0.5 },
      { source: "doc-2-p2", target: "doc-1-p2", score: 0.5 },
      { source: "doc-2-p1", target: "doc-1-p2", score: 0.5 },
    ];
    expect(issuesOf({ ...sampleImport, links })).toEqual([
      { path: ["links", 0, "target"], message: 'unknown passage "doc-9-p1"' },
      { path: ["links", 1], message: 'both ends are in document "doc-1"' },
      { path: ["links", 4], message: 'passages "doc-2-p1" and "doc-1-p2" are linked twice' },
    ]);
  });

  it("rejects blank texts, non-kebab ids, non-http URLs, bad dates and scores out of [0, 1]", () => {
    const bad = {
      ...docs[0],
      id: "Doc 1",
      url: "javascript:alert(1)",
      publishedAt: "2024-13-01",
      passages: [{ ...docs[0].passages[0], text: " \n " }],
    };
    const paths = issuesOf({
      ...sampleImport,
      documents: [bad, docs[1]],
      links: [{ source: "doc-2-p1", target: "doc-2-p2", score: 2 }],
    }).map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "documents.0.id",
        "documents.0.url",
        "documents.0.publishedAt",
        "documents.0.passages.0.text",
        "links.0.score",
      ]),
    );
  });

  it("keeps each passage's suggestions, and refuses those naming no passage of another text of the import", () => {
    const withCandidates = (candidates: { id: string; score: number }[]) => ({
      ...sampleImport,
      documents: [
        { ...docs[0], passages: [{ ...docs[0].passages[0], candidates }, docs[0].passages[1]] },
        docs[1],
        docs[2],
      ],
    });
    const parsed = newComparisonSchema.parse(suggestedImport);
    expect(parsed.documents[0]?.passages[1]?.candidates).toEqual([
      { id: "doc-2-p1", score: 0.82 },
      { id: "doc-2-p2", score: 0.25 },
      { id: "doc-3-p1", score: 0.5 },
    ]);
    // Older callers send none: that stays valid.
    expect(parsed.documents[0]?.passages[0]?.candidates).toBeUndefined();
    const at = (i: number, ...rest: string[]) => ["documents", 0, "passages", 0, "candidates", i, ...rest];
    expect(
      issuesOf(
        withCandidates([
          { id: "doc-9-p1", score: 0.5 },
          { id: "doc-1-p2", score: 0.5 },
          { id: "doc-2-p1", score: 0.5 },
          { id: "doc-2-p1", score: 0.4 },
          { id: "doc-3-p1", score: 1.5 },
        ]),
      ),
    ).toEqual([
      { path: at(4, "score"), message: "Too big: expected number to be <=1" },
      { path: at(0, "id"), message: 'unknown passage "doc-9-p1"' },
      {
        path: at(1, "id"),
        message: '"doc-1-p2" is in the same document: suggestions come from the other texts',
      },
      { path: at(3, "id"), message: 'passage "doc-2-p1" suggested twice' },
    ]);
  });

  it("allows at most three suggestions per other text", () => {
    const many = {
      ...docs[1],
      passages: ["p1", "p2", "p3", "p4"].map((p) => ({
        id: `doc-2-${p}`,
        type: "paragraph",
        text: p,
        topics: [],
      })),
    } as Doc;
    const candidates = ["p1", "p2", "p3", "p4"].map((p) => ({ id: `doc-2-${p}`, score: 0.5 }));
    const first = { ...docs[0], passages: [{ ...docs[0].passages[0], candidates }] } as Doc;
    expect(issuesOf({ ...sampleImport, documents: [first, many], links: [] })).toEqual([
      {
        path: ["documents", 0, "passages", 0, "candidates", 3, "id"],
        message: 'more than 3 suggestions in document "doc-2"',
      },
    ]);
    expect(
      issuesOf({
        ...sampleImport,
        documents: [
          { ...first, passages: [{ ...docs[0].passages[0], candidates: candidates.slice(0, 3) }] },
          many,
        ],
        links: [],
      }),
    ).toEqual([]);
  });
});
