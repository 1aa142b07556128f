import { expect, test } from "@playwright/test";
import { OPINION, REPORT } from "./fixtures/articles";

const request0 = {
  title: "The Elm River bridge",
  description: "A report and an opinion piece on the council's vote.",
  documents: [REPORT, { ...OPINION, url: null }],
};

interface Passage {
  id: string;
  topics: string[];
  counterparts: { id: string; score: number }[];
}

test.describe("imported comparisons: POST, GET, PATCH, DELETE /api/comparisons", () => {
  test("save, list, read in the seed's shape, correct, and delete", async ({ request }) => {
    const created = await request.post("/api/comparisons", { data: request0 });
    expect(created.status()).toBe(201);
    const { slug, editKey } = await created.json();
    expect(slug).toMatch(/^the-elm-river-bridge-[a-z2-9]{10}$/);
    expect(created.headers().location).toBe(`/api/comparisons/${slug}`);
    const owner = { Authorization: `Bearer ${editKey}` };

    const body = await (await request.get(`/api/comparisons/${slug}`)).json();
    expect(body).toMatchObject({
      slug,
      origin: "import",
      title: request0.title,
      framing: null,
      milestones: [],
    });
    const lens = await request.get(`/api/comparisons/${slug}/framing`);
    expect(lens.status()).toBe(404);
    expect((await lens.json()).error).toMatch(/has no framing lens/);
    expect(body.documents.map((d: { id: string; kind: string }) => [d.id, d.kind])).toEqual([
      ["doc-1", "news"],
      ["doc-2", "opinion"],
    ]);
    expect(body.documents[0]).toMatchObject({
      outlet: REPORT.outlet,
      publishedAt: REPORT.publishedAt,
      url: REPORT.url,
    });
    const passages: Passage[] = body.documents.flatMap((d: { passages: Passage[] }) => d.passages);
    const byId = new Map(passages.map((p) => [p.id, p]));
    const linked = passages.filter((p) => p.counterparts.length > 0);
    expect(linked.length).toBeGreaterThan(1);
    for (const p of linked)
      for (const c of p.counterparts) expect(byId.get(c.id)?.counterparts.map((x) => x.id)).toContain(p.id);

    // A correction: one topic renamed, the first passage's topics set, one link replaced.
    const correction = {
      topics: [{ id: "bridge-vote", label: "The vote" }],
      passages: { "doc-1-p2": ["bridge-vote"], "doc-2-p1": ["bridge-vote"] },
      links: [{ source: "doc-1-p2", target: "doc-2-p1", score: 1 }],
    };
    const patched = await request.patch(`/api/comparisons/${slug}`, { data: correction, headers: owner });
    expect(patched.status()).toBe(200);
    const after = await (await request.get(`/api/comparisons/${slug}`)).json();
    expect(after.topics.map((t: { id: string; label: string }) => [t.id, t.label])).toEqual([
      ["bridge-vote", "The vote"],
    ]);
    const afterPassages: Passage[] = after.documents.flatMap((d: { passages: Passage[] }) => d.passages);
    expect(afterPassages.find((p) => p.id === "doc-2-p1")).toMatchObject({
      topics: ["bridge-vote"],
      counterparts: [{ id: "doc-1-p2", score: 1 }],
    });
    expect(afterPassages.filter((p) => p.counterparts.length > 0)).toHaveLength(2);

    expect((await request.delete(`/api/comparisons/${slug}`, { headers: owner })).status()).toBe(204);
    expect((await request.get(`/api/comparisons/${slug}`)).status()).toBe(404);
    expect((await request.delete(`/api/comparisons/${slug}`, { headers: owner })).status()).toBe(404);
  });

  test("answers bad imports with 400 naming the field", async ({ request }) => {
    const doc = request0.documents[0];
    const cases: [unknown, RegExp][] = [
      [{ ...request0, title: "" }, /title/],
      [{ ...request0, documents: [doc] }, /documents/],
      [{ ...request0, documents: [doc, { ...doc, genre: "satire" }] }, /documents\.1\.genre/],
      [{ ...request0, documents: [doc, { ...doc, publishedAt: "14 May" }] }, /documents\.1\.publishedAt/],
      [{ ...request0, documents: [doc, { ...doc, url: "javascript:alert(1)" }] }, /documents\.1\.url/],
      [{ ...request0, documents: [doc, doc, doc, doc, doc] }, /documents/],
      [
        { ...request0, documents: [doc, { ...doc, title: "A\u0000B" }] },
        /documents\.1\.title: must not contain NUL/,
      ],
      [{ ...request0, alignment: { topics: [], passages: { "doc-9-p1": [] }, links: [] } }, /doc-9-p1/],
      // Found by fuzz:api: a topic id too long for PostgreSQL's index was a 500.
      [
        { ...request0, topics: [{ id: "a".repeat(5000), label: "Cost" }] },
        /topics\.0\.id: must be at most 120 characters/,
      ],
      [
        {
          ...request0,
          alignment: {
            topics: [],
            passages: {},
            links: [{ source: "doc-1-p1", target: "doc-1-p2", score: 1 }],
          },
        },
        /links\.0: both ends are in document/,
      ],
    ];
    for (const [data, field] of cases) {
      const res = await request.post("/api/comparisons", { data: data as object });
      expect(res.status(), JSON.stringify(data).slice(0, 200)).toBe(400);
      expect((await res.json()).error).toMatch(field);
    }
  });

  test("refuses to change or delete the seed, and answers unknown slugs with 404", async ({ request }) => {
    const del = await request.delete("/api/comparisons/israel-russia");
    expect(del.status()).toBe(403);
    expect((await del.json()).error).toMatch(/seed/);
    const patch = await request.patch("/api/comparisons/israel-russia", {
      data: { topics: [], passages: {}, links: [] },
    });
    expect(patch.status()).toBe(403);
    expect((await request.get("/api/comparisons/israel-russia")).status()).toBe(200);
    const unknown = await request.patch("/api/comparisons/no-such-import", {
      data: { topics: [], passages: {}, links: [] },
    });
    expect(unknown.status()).toBe(404);
  });

  test("answers a bad correction with 400 and keeps the saved alignment", async ({ request }) => {
    const { slug, editKey } = await (await request.post("/api/comparisons", { data: request0 })).json();
    const owner = { Authorization: `Bearer ${editKey}` };
    const before = await (await request.get(`/api/comparisons/${slug}`)).json();
    const bad = await request.patch(`/api/comparisons/${slug}`, {
      data: { topics: [], passages: { "doc-1-p1": ["no-such-topic"] }, links: [] },
      headers: owner,
    });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/no-such-topic/);
    expect(await (await request.get(`/api/comparisons/${slug}`)).json()).toEqual(before);
    await request.delete(`/api/comparisons/${slug}`, { headers: owner });
  });

  test("keeps one-to-many links: a summary paragraph answers several others", async ({ request }) => {
    const links = [
      { source: "doc-1-p2", target: "doc-2-p1", score: 0.8 },
      { source: "doc-1-p2", target: "doc-2-p2", score: 1 },
      { source: "doc-1-p3", target: "doc-2-p2", score: 0.5 },
    ];
    const created = await request.post("/api/comparisons", {
      data: { ...request0, alignment: { topics: [], passages: {}, links } },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { slug, editKey } = await created.json();
    const body = await (await request.get(`/api/comparisons/${slug}`)).json();
    const passage = (id: string): Passage =>
      body.documents.flatMap((d: { passages: Passage[] }) => d.passages).find((p: Passage) => p.id === id);
    expect(
      passage("doc-1-p2")
        .counterparts.map((c) => c.id)
        .sort(),
    ).toEqual(["doc-2-p1", "doc-2-p2"]);
    expect(
      passage("doc-2-p2")
        .counterparts.map((c) => c.id)
        .sort(),
    ).toEqual(["doc-1-p2", "doc-1-p3"]);
    // The same pair twice is still refused, naming both passages.
    const twice = await request.patch(`/api/comparisons/${slug}`, {
      data: {
        topics: [],
        passages: {},
        links: [...links, { source: "doc-2-p1", target: "doc-1-p2", score: 1 }],
      },
      headers: { Authorization: `Bearer ${editKey}` },
    });
    expect(twice.status()).toBe(400);
    expect((await twice.json()).error).toMatch(/"doc-2-p1" and "doc-1-p2" are linked twice/);
    await request.delete(`/api/comparisons/${slug}`, { headers: { Authorization: `Bearer ${editKey}` } });
  });
});
