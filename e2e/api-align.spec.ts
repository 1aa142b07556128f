import { expect, test } from "@playwright/test";
import { OPINION, REPORT } from "./fixtures/articles";

const documents = [
  { title: REPORT.title, text: REPORT.text },
  { title: OPINION.title, text: OPINION.text },
];

test.describe("POST /api/align", () => {
  test("aligns two texts: passages in order, topics, and links across documents", async ({ request }) => {
    const res = await request.post("/api/align", { data: { documents } });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.documents).toHaveLength(2);
    const [report, opinion] = body.documents;
    expect(report.passages[0]).toMatchObject({
      id: "doc-1-p1",
      type: "heading",
      text: "Council approves river bridge",
    });
    expect(report.passages.map((p: { type: string }) => p.type).slice(-2)).toEqual([
      "list-item",
      "list-item",
    ]);
    expect(opinion.passages[2]).toMatchObject({ type: "quote", text: "Potholes do not fix themselves." });
    expect(opinion.passages).toHaveLength(6);

    const ids = new Set(
      body.documents.flatMap((d: { passages: { id: string }[] }) => d.passages.map((p) => p.id)),
    );
    for (const link of body.links) {
      expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
      expect(link.source.split("-p")[0]).not.toBe(link.target.split("-p")[0]);
      expect(link.score).toBeGreaterThan(0);
      expect(link.score).toBeLessThanOrEqual(1);
    }
    // The vote and the cost are reported by both: their passages are linked.
    const linked = (a: string, b: string) =>
      body.links.some((l: { source: string; target: string }) => l.source === a && l.target === b);
    expect(linked("doc-1-p2", "doc-2-p1")).toBe(true);
    expect(linked("doc-1-p3", "doc-2-p2")).toBe(true);
    expect(body.topics.length).toBeGreaterThan(0);

    // Every passage carries ranked suggestions in the other text, best first, each a probability; a
    // link is its passage's first suggestion.
    type Candidate = { id: string; score: number };
    const passages = body.documents.flatMap(
      (d: { passages: { id: string; candidates: Candidate[] }[] }) => d.passages,
    );
    for (const p of passages) {
      expect(Array.isArray(p.candidates)).toBe(true);
      expect(p.candidates.length).toBeLessThanOrEqual(3);
      const scores = p.candidates.map((c: Candidate) => c.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
      for (const c of p.candidates) {
        expect(ids.has(c.id)).toBe(true);
        expect(c.id.split("-p")[0]).not.toBe(p.id.split("-p")[0]);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
      }
    }
    const vote = passages.find((p: { id: string }) => p.id === "doc-1-p2");
    expect(vote.candidates[0].id).toBe("doc-2-p1");
  });

  test("assigns the teacher's topics to the passages that match them", async ({ request }) => {
    const topics = [{ id: "cost", label: "Cost", keywords: ["euros", "taxpayers", "budget"] }];
    const res = await request.post("/api/align", { data: { documents, topics } });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.topics).toEqual([{ id: "cost", label: "Cost" }]);
    expect(body.documents[0].passages[2].topics).toContain("cost");
    expect(body.documents[1].passages[1].topics).toContain("cost");
  });

  test("answers bad input with 400 naming the field, and stores nothing", async ({ request }) => {
    const cases: [unknown, RegExp][] = [
      [{}, /documents/],
      [{ documents: [{ text: "Only one." }] }, /documents/],
      [{ documents: [{ text: "A." }, { text: "   " }] }, /documents\.1\.text/],
      [{ documents: [{ text: "A." }, { text: 42 }] }, /documents\.1\.text/],
      [{ documents, topics: [{ id: "Not Kebab", label: "x" }] }, /topics\.0\.id/],
    ];
    for (const [data, field] of cases) {
      const res = await request.post("/api/align", { data: data as object });
      expect(res.status(), JSON.stringify(data)).toBe(400);
      expect((await res.json()).error).toMatch(field);
    }
    const notJson = await request.post("/api/align", {
      data: Buffer.from("{not json"),
      headers: { "Content-Type": "application/json" },
    });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).error).toMatch(/JSON/);
  });

  test("answers too many or too large texts with 413", async ({ request }) => {
    const seven = Array.from({ length: 7 }, (_, i) => ({ text: `Text number ${i}.` }));
    const many = await request.post("/api/align", { data: { documents: seven } });
    expect(many.status()).toBe(413);
    expect((await many.json()).error).toMatch(/the limit is 4/);
    const big = "word ".repeat(60_000);
    const large = await request.post("/api/align", {
      data: { documents: [{ text: big }, { text: "Small." }] },
    });
    expect(large.status()).toBe(413);
    expect((await large.json()).error).toMatch(/KB/);
  });

  test("refuses a passage longer than a save keeps, as the save does (413, naming it)", async ({
    request,
  }) => {
    const text = `Intro.\n\n${"word ".repeat(5_000)}`;
    const preview = await request.post("/api/align", { data: { documents: [{ text }, { text: "Small." }] } });
    expect(preview.status()).toBe(413);
    const message = (await preview.json()).error;
    expect(message).toMatch(/Passage 2 of text 1 has 24,999 characters; the limit is 20,000/);
    const doc = (t: string, i: number) => ({ title: `T${i}`, outlet: "O", genre: "news", text: t });
    const save = await request.post("/api/comparisons", {
      data: { title: "Too long", documents: [doc(text, 1), doc("Small.", 2)] },
    });
    expect(save.status()).toBe(413);
    expect((await save.json()).error).toBe(message);
  });

  test("answers other methods with 405", async ({ request }) => {
    const res = await request.get("/api/align");
    expect(res.status()).toBe(405);
    expect((await res.json()).error).toMatch(/POST/);
  });
});
