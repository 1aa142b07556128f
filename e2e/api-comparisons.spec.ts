import { expect, test } from "@playwright/test";
import { comparisonFramingSchema } from "../lib/corpus/schema";

test.describe("GET /api/comparisons", () => {
  test("lists the seed comparison", async ({ request }) => {
    const res = await request.get("/api/comparisons");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect(res.headers()["cache-control"]).toBe("no-cache");
    expect(res.headers().etag).toBeTruthy();
    const body = await res.json();
    expect(body.comparisons).toContainEqual({
      slug: "israel-russia",
      title: expect.any(String),
      origin: "seed",
      documentCount: 11,
      topicCount: expect.any(Number),
    });
  });

  test("answers an unsupported method with 405 and a JSON error", async ({ request }) => {
    const res = await request.delete("/api/comparisons");
    expect(res.status()).toBe(405);
    expect(res.headers().allow).toContain("GET");
    expect((await res.json()).error).toMatch(/not allowed/i);
  });
});

test.describe("GET /api/comparisons/{slug}", () => {
  test("returns the seed comparison in the documented shape", async ({ request }) => {
    const res = await request.get("/api/comparisons/israel-russia");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.slug).toBe("israel-russia");
    expect(body.topics.map((t: { id: string }) => t.id)).toEqual(
      expect.arrayContaining(["syria-deconfliction", "un-votes", "hamas-visits"]),
    );
    for (const t of body.topics)
      expect(t).toMatchObject({
        id: expect.any(String),
        label: expect.any(String),
        description: expect.any(String),
      });

    expect(body.documents).toHaveLength(11);
    const kinds = body.documents.map((d: { kind: string }) => d.kind);
    expect(kinds).toEqual(["news", "opinion", ...Array(9).fill("comment")]);
    const [news, opinion, ...comments] = body.documents;
    expect(news).toMatchObject({
      id: "news",
      outlet: "The New York Times",
      publishedAt: "2024-03-19",
      number: null,
      replyTo: null,
    });
    expect(opinion).toMatchObject({
      id: "opinion",
      outlet: "Israpundit",
      publishedAt: "2021-04-18",
      authors: ["Ted Belman", "Alex Maistrovoy"],
    });
    for (const [i, c] of comments.entries()) {
      expect(c).toMatchObject({ number: i + 1, replyTo: "opinion", publishedAt: null });
    }
    const types = new Set(
      body.documents.flatMap((d: { passages: { type: string }[] }) => d.passages.map((p) => p.type)),
    );
    expect([...types].sort()).toEqual(["caption", "heading", "list-item", "paragraph", "quote"]);
    for (const d of body.documents) {
      for (const p of d.passages)
        expect(p).toEqual({
          id: expect.any(String),
          type: expect.any(String),
          text: expect.any(String),
          topics: expect.any(Array),
          counterparts: expect.any(Array),
        });
    }
    expect(JSON.stringify(body)).not.toMatch(
      /Get it sent to your inbox|Leave a Reply|Subscribe to Israpundit|9 Comments/,
    );
  });

  test("revalidates with the ETag", async ({ request }) => {
    const first = await request.get("/api/comparisons/israel-russia");
    const etag = first.headers().etag;
    expect(etag).toBeTruthy();
    const again = await request.get("/api/comparisons/israel-russia", {
      headers: { "If-None-Match": etag as string },
    });
    expect(again.status()).toBe(304);
  });

  test("answers an unknown slug with 404 and a JSON error", async ({ request }) => {
    for (const slug of ["no-such-comparison", "Not%20A%20Slug", "..%2F..%2Fetc"]) {
      const res = await request.get(`/api/comparisons/${slug}`);
      expect(res.status(), slug).toBe(404);
      expect((await res.json()).error).toMatch(/No comparison/);
    }
  });

  test("answers unsupported methods with 405", async ({ request }) => {
    for (const method of ["post", "put"] as const) {
      const res = await request[method]("/api/comparisons/israel-russia");
      expect(res.status(), method).toBe(405);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/GET/) });
    }
  });

  test("answers unknown API paths with a JSON 404", async ({ request }) => {
    const res = await request.get("/api/nothing-here");
    expect(res.status()).toBe(404);
    expect(await res.json()).toEqual({ error: "No API endpoint at /api/nothing-here." });
  });
});

test.describe("GET /api/comparisons/{slug}/cues", () => {
  test("returns the language cues per passage and their rates per source", async ({ request }) => {
    const res = await request.get("/api/comparisons/israel-russia/cues");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.rates.map((r: { source: string }) => r.source)).toEqual(["news", "opinion", "comments"]);
    for (const r of body.rates) expect(r.words).toBeGreaterThan(500);
    expect(body.passages["opinion-p2"]).toContainEqual({
      kind: "hedge",
      start: expect.any(Number),
      end: expect.any(Number),
      quoted: false,
    });
    expect(Object.keys(body.sources)).toEqual(expect.arrayContaining(["attribution", "hedge", "loaded"]));
  });

  test("?format=marks: the same cues, compact, for the reader to paint", async ({ request }) => {
    const full = await (await request.get("/api/comparisons/israel-russia/cues")).json();
    const res = await request.get("/api/comparisons/israel-russia/cues?format=marks");
    expect(res.status()).toBe(200);
    const marks = await res.json();
    expect(marks.rates).toEqual(full.rates);
    const hedge = full.passages["opinion-p2"].find((c: { kind: string }) => c.kind === "hedge");
    // [kind index, start, end, …]; hedge is the second kind.
    expect(marks.passages["opinion-p2"].join()).toContain([1, hedge.start, hedge.end].join());
    expect((await res.body()).length).toBeLessThan(JSON.stringify(full).length / 2);
    const bad = await request.get("/api/comparisons/israel-russia/cues?format=xml");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/format/);
  });

  test("answers an unknown slug with 404 and other methods with 405", async ({ request }) => {
    expect((await request.get("/api/comparisons/nope/cues")).status()).toBe(404);
    const res = await request.post("/api/comparisons/israel-russia/cues");
    expect(res.status()).toBe(405);
    expect((await res.json()).error).toMatch(/GET/);
  });
});

test.describe("GET /api/comparisons/{slug}/framing", () => {
  test("returns the seed's framing lens alone, in its schema, with an ETag", async ({ request }) => {
    const res = await request.get("/api/comparisons/israel-russia/framing");
    expect(res.status()).toBe(200);
    const framing = comparisonFramingSchema.parse(await res.json());
    expect(Object.keys(framing.compare)).toEqual(
      expect.arrayContaining(["syria-deconfliction", "un-votes", "hamas-visits"]),
    );
    expect(framing.timeline.length).toBeGreaterThan(5);
    expect(framing.claims.length).toBeGreaterThan(5);
    const full = await (await request.get("/api/comparisons/israel-russia")).json();
    expect(framing).toEqual(full.framing);
    const etag = res.headers().etag as string;
    const again = await request.get("/api/comparisons/israel-russia/framing", {
      headers: { "If-None-Match": etag },
    });
    expect(again.status()).toBe(304);
  });

  test("answers unknown or malformed slugs with 404 and other methods with 405", async ({ request }) => {
    for (const slug of ["no-such-comparison", "Not%20A%20Slug", "..%2F..%2Fetc"]) {
      const res = await request.get(`/api/comparisons/${slug}/framing`);
      expect(res.status(), slug).toBe(404);
      expect((await res.json()).error).toMatch(/No comparison/);
    }
    const res = await request.put("/api/comparisons/israel-russia/framing");
    expect(res.status()).toBe(405);
    expect((await res.json()).error).toMatch(/GET/);
  });
});

test.describe("compression", () => {
  for (const path of [
    "/api/comparisons/israel-russia",
    "/api/comparisons/israel-russia/framing",
    "/api/nope",
  ]) {
    test(`gzips ${path} for a client that takes gzip, and only then`, async ({ request }) => {
      const gzipped = await request.get(path, { headers: { "Accept-Encoding": "gzip" } });
      expect(gzipped.headers()["content-encoding"]).toBe("gzip");
      expect(gzipped.headers().vary).toContain("Accept-Encoding");
      expect(gzipped.headers()["content-type"]).toBe("application/json; charset=utf-8");
      const plain = await request.get(path, { headers: { "Accept-Encoding": "identity" } });
      expect(plain.headers()["content-encoding"]).toBeUndefined();
      expect(await gzipped.json()).toEqual(await plain.json());
    });
  }

  test("revalidates a gzipped body with its ETag", async ({ request }) => {
    const path = "/api/comparisons/israel-russia/framing";
    const first = await request.get(path, { headers: { "Accept-Encoding": "gzip" } });
    const etag = first.headers().etag as string;
    expect(etag).toMatch(/^W\//);
    const again = await request.get(path, { headers: { "Accept-Encoding": "gzip", "If-None-Match": etag } });
    expect(again.status()).toBe(304);
  });
});
