import { expect, test } from "@playwright/test";
import { OPINION } from "./fixtures/articles";
import { XSS_ARTICLE_WORDS, XSS_MARKERS, XSS_PAGE } from "./fixtures/xss-page";
import { openReader } from "./open-reader";

test("an uploaded HTML page full of XSS vectors runs nothing and stores none of them", async ({
  page,
  request,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openReader(page, "/import");
  await page.getByLabel("Title of the comparison").fill("Lighthouse (XSS check)");
  const first = page.getByRole("group", { name: "Text 1" });
  await first.getByLabel("Upload a file (optional)").setInputFiles({
    name: "lighthouse.html",
    mimeType: "text/html",
    buffer: Buffer.from(XSS_PAGE),
  });
  await expect(first.getByRole("status")).toHaveText("File read: its text is below.");
  const text = await first.getByLabel("Text", { exact: true }).inputValue();
  for (const words of XSS_ARTICLE_WORDS) expect(text).toContain(words);
  for (const marker of XSS_MARKERS) expect(text.toLowerCase()).not.toContain(marker.toLowerCase());
  await expect(first.getByLabel("Title", { exact: true })).toHaveValue("Lighthouse to reopen");

  await first.getByLabel("Outlet or author").fill("Harbour News");
  const second = page.getByRole("group", { name: "Text 2" });
  await second.getByLabel("Title", { exact: true }).fill(OPINION.title);
  await second.getByLabel("Outlet or author").fill(OPINION.outlet);
  await second.getByLabel("Text", { exact: true }).fill(OPINION.text);
  await page.getByRole("button", { name: "Preview the alignment" }).click();
  await expect(page.getByRole("region", { name: "Proposed alignment" })).toBeVisible();
  await page.getByRole("button", { name: "Save with these corrections" }).click();
  const saved = page.locator("[data-saved-import]");
  await expect(saved).toBeVisible();
  const slug = (await saved.getAttribute("data-saved-import")) as string;
  expect(slug).toMatch(/^lighthouse-xss-check-[a-z2-9]{10}$/);
  const editKey = await saved.getByLabel("Edit key").inputValue();
  await openReader(page, `/compare/${slug}?view=full`);
  await expect(page.getByText(XSS_ARTICLE_WORDS[0] as string)).toBeVisible();

  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(
    await page.locator("[data-passage] :is(script, iframe, svg, object, embed, img, style)").count(),
  ).toBe(0);
  const stored = JSON.stringify(await (await request.get(`/api/comparisons/${slug}`)).json()).toLowerCase();
  for (const marker of XSS_MARKERS) expect(stored).not.toContain(marker.toLowerCase());
  await request.delete(`/api/comparisons/${slug}`, { headers: { Authorization: `Bearer ${editKey}` } });
});
