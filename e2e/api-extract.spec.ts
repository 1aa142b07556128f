import { expect, test } from "@playwright/test";

test.describe("POST /api/import/extract: bounded by cost", () => {
  test("reads a page within the element limit through the compute worker", async ({ request }) => {
    const content = `<title>T</title><article>${"<p>A sentence of the article.</p>".repeat(500)}</article>`;
    const res = await request.post("/api/import/extract", { data: { name: "page.html", content } });
    expect(res.status()).toBe(200);
    expect((await res.json()).title).toBe("T");
  });

  test("refuses the review's slow shapes up front with 413 naming the limit, in well under a second", async ({
    request,
  }) => {
    const shapes = [
      { name: "a.html", content: "<p>x</p>".repeat(20_000) },
      { name: "a.html", content: `<nav>${'<a href="/x">link</a>'.repeat(10_000)}</nav>` },
      { name: "a.md", content: "- x\n".repeat(50_000) },
    ];
    for (const data of shapes) {
      const started = Date.now();
      const res = await request.post("/api/import/extract", { data });
      expect(res.status()).toBe(413);
      expect((await res.json()).error).toMatch(/elements .*the limit is 10,000/);
      expect(Date.now() - started).toBeLessThan(1_000);
    }
  });
});
