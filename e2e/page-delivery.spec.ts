import { expect, test } from "@playwright/test";

/**
 * How pages leave the server (lib/ops/inline-stylesheet.ts, request-hooks.ts `compress`): the stylesheet
 * inlined, so the first paint waits for no second request, and the page compressed with Brotli.
 */

test("a page carries its stylesheet inline, once, with its link kept disabled", async ({ request }) => {
  const response = await request.get("/", { headers: { "Accept-Encoding": "br" } });
  expect(response.headers()["content-encoding"]).toBe("br");
  const html = await response.text();
  const head = html.slice(0, html.indexOf("</head>"));
  const links = [...head.matchAll(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g)];
  expect(links.length).toBeGreaterThan(0);
  for (const [link, href] of links) {
    expect(link).toMatch(/ disabled[ />]/);
    expect(head).toContain(`<style data-inlined="${href}">`);
    // In the HTML once: not copied into the framework's payload as well.
    expect(html.split(`data-inlined="${href}"`).length - 1).toBe(1);
  }
  const css = await (await request.get(links[0]?.[1] ?? "")).text();
  expect(head).toContain(css.slice(0, 200));
});

test("the page is styled before its stylesheet arrives", async ({ page }) => {
  // Hold the stylesheet back: the page must look the same without it.
  await page.route("**/*.css", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await route.continue();
  });
  await page.goto("/", { waitUntil: "commit" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 4_000 });
  // The theme's paper colour, not the browser's default transparent body.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    "rgb(250, 249, 246)",
  );
});

test("the stylesheet is never fetched, on load or navigating away and back, nor added twice", async ({
  page,
}) => {
  const sheets: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "stylesheet") sheets.push(r.url());
  });
  await page.goto("/");
  await page.locator("[data-reader][data-ready]").waitFor();
  await page.getByRole("link", { name: "Comparisons" }).first().click();
  await expect(page).toHaveURL(/\/comparisons$/);
  await page.goBack();
  await page.locator("[data-reader][data-ready]").waitFor();
  // The sheet is inline; its disabled link is there for React, not to be fetched.
  expect(sheets).toHaveLength(0);
  expect(await page.locator('link[rel="stylesheet"]').count()).toBe(1);
});

test("an API answer is compressed with Brotli for a client that takes it", async ({ request }) => {
  const path = "/api/comparisons/israel-russia";
  const br = await request.get(path, { headers: { "Accept-Encoding": "br, gzip" } });
  expect(br.headers()["content-encoding"]).toBe("br");
  expect(br.headers().vary).toContain("Accept-Encoding");
  const plain = await request.get(path, { headers: { "Accept-Encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await br.json()).toEqual(await plain.json());
});

test("a reading page fetches its scripts after it has painted text, then hydrates", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/");
  await page.locator("[data-reader][data-ready]").waitFor();
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
    // The loader's mark: "paint" normally; "wait" when the paint took over 500 ms (a busy machine).
    started: performance
      .getEntriesByType("mark")
      .filter((m) => m.name.startsWith("paint-first:"))
      .map(({ name, startTime }) => ({ name, startTime }))[0],
    chunks: performance
      .getEntriesByType("resource")
      .filter((r) => r.name.includes("/_next/static/") && r.name.endsWith(".js"))
      .map((r) => r.startTime),
    inHtml: document.querySelectorAll('script[src*="/_next/static/"]:not([nomodule])').length,
  }));
  expect(timing.chunks.length).toBeGreaterThan(3);
  expect(["paint-first:paint", "paint-first:wait"]).toContain(timing.started?.name);
  const after = timing.started?.name === "paint-first:paint" ? timing.fcp : (timing.started?.startTime ?? 0);
  for (const start of timing.chunks) expect(start).toBeGreaterThanOrEqual(after);
  // Each chunk once: the loader added them, nothing fetched them twice.
  expect(timing.inHtml).toBe(timing.chunks.length);
  expect(errors).toEqual([]);
});

test("a working page keeps its scripts in the HTML, fetched at once", async ({ request }) => {
  for (const path of ["/classes/new", "/import"]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/<script src="\/_next\/static\/[^"]+\.js"[^>]* async=""/);
    expect(html, path).not.toContain("__paintFirst");
  }
});
