import { describe, expect, it, vi } from "vitest";
import { IMPORT_LIMITS } from "@/lib/import";
import { GET, POST } from "./route";

const post = (body: BodyInit, headers: HeadersInit = {}) =>
  POST(
    new Request("http://localhost/api/import/extract", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json", ...headers },
    }),
  );

describe("POST /api/import/extract", () => {
  it("answers 200 with the extracted text", async () => {
    const res = await post(
      JSON.stringify({ name: "a.html", content: "<title>T</title><p>Hello <b>there</b>.</p>" }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ title: "T", byline: null, publishedAt: null, text: "Hello there." });
  });

  it.each([
    ["not json", /must be JSON/],
    ["[]", /body: Invalid input/],
    [JSON.stringify({ content: "x" }), /name: must be a string/],
    [JSON.stringify({ name: "a.md", content: null }), /content: must be a string/],
    [JSON.stringify({ name: "a.pdf", content: "x" }), /name: must end in \.txt/],
  ])("answers 400 naming the problem for %s", async (body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(message);
  });

  it("answers 413 for a declared or an actual body over the limit, and for content over the limit", async () => {
    expect((await post("{}", { "content-length": String(10 * IMPORT_LIMITS.maxBytes) })).status).toBe(413);
    expect((await post("x".repeat(2 * IMPORT_LIMITS.maxBytes + 1))).status).toBe(413);
    const content = "é".repeat(IMPORT_LIMITS.maxBytes / 2 + 1);
    expect((await post(JSON.stringify({ name: "a.txt", content }))).status).toBe(413);
  });

  it("answers 422 for pathologically nested pages and 400 for invalid UTF-8", async () => {
    const deep = JSON.stringify({ name: "a.html", content: "<div>".repeat(5000) });
    expect((await post(deep)).status).toBe(422);
    expect((await post(new Uint8Array([0x7b, 0xff, 0x7d]))).status).toBe(400);
  });

  it("answers 405 to other methods", async () => {
    const res = GET();
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("never answers 5xx to random bodies (seeded, so a failure replays)", async () => {
    const random = seeded(20261204);
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    for (let i = 0; i < 50; i++) {
      const content = Array.from({ length: 40 }, () =>
        String.fromCharCode(Math.floor(random() * 0x3000)),
      ).join("");
      const name = ["a.txt", "a.md", "a.html", "a.bin", ""][i % 5];
      const res = await post(i % 7 === 0 ? content : JSON.stringify({ name, content }));
      expect(res.status).toBeLessThan(500);
    }
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});

/** mulberry32: a small deterministic PRNG in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
