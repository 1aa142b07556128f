import { expect, test } from "@playwright/test";
import { LARGE, largeImportRequest } from "./fixtures/large-import";

/**
 * Finding 6 of the security review: a large import's edit page was 72 MB of HTML (a checkbox per topic and
 * a <select> of every other passage, on every passage). The page is now small for everyone, and the
 * owner's editor renders 40 passages per text, each with its own topics and one button per counterpart.
 */
test("a large import's edit page stays small, and its editor grows with passages, not passages²", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const created = await request.post("/api/comparisons", {
    data: largeImportRequest("Large editor"),
    timeout: 90_000,
  });
  expect(created.status(), await created.text()).toBe(201);
  const { slug, editKey } = await created.json();

  const html = await (await request.get(`/compare/${slug}/edit`)).text();
  expect(html.length).toBeLessThan(60_000);

  await page.goto(`/compare/${slug}/edit`);
  const form = page.getByRole("form", { name: "Enter your edit key" });
  await form.getByLabel("Edit key").fill(editKey);
  await form.getByRole("button", { name: "Use this key" }).click();
  const editors = page.locator("[data-passage-editor]");
  await expect(editors).toHaveCount(LARGE.documents * 40);
  const dom = await page.evaluate(() => document.documentElement.outerHTML.length);
  expect(dom).toBeLessThan(1_500_000);
  expect(await page.locator("option, [role=option], input[type=checkbox]").count()).toBe(0);
  test.info().annotations.push({
    type: "size",
    description: `edit page HTML ${html.length} bytes; owner's editor DOM ${dom} characters`,
  });
  console.log(`edit page HTML ${html.length} bytes; owner's editor DOM ${dom} characters`);

  // A counterpart is chosen from a search box that lists at most 30 of the 188 passages.
  const first = page.locator('[data-passage-editor="doc-1-p1"]');
  await first.getByRole("button", { name: /Change the counterpart of ¶1 in Outlet 2/ }).click();
  await expect(first.getByRole("option")).toHaveCount(30);
  await expect(first.getByRole("status")).toHaveText(`${LARGE.paragraphs} matches, the first 30 shown.`);
  await first.getByRole("combobox").fill("¶150");
  await first.getByRole("combobox").press("Enter");
  await expect(first).toContainText("Counterpart in Outlet 2: ¶150 Paragraph 150 of text 2");

  await page.getByRole("button", { name: /Show 40 more passages of text 1/ }).click();
  await expect(editors).toHaveCount(LARGE.documents * 40 + 40);
  await request.delete(`/api/comparisons/${slug}`, { headers: { Authorization: `Bearer ${editKey}` } });
});

test("the import preview of the same texts is paged and has no per-option markup either", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const request = largeImportRequest("Large preview");
  const draft = {
    title: request.title,
    description: "",
    topics: "",
    documents: request.documents.map((d, i) => ({ ...d, key: `t${i}`, publishedAt: "", url: "" })),
  };
  // The draft the form keeps in the browser, there before the page's scripts run.
  await page.addInitScript(
    (value) => localStorage.setItem("parallax:import-draft", value),
    JSON.stringify(draft),
  );
  await page.goto("/import");
  await expect(page.locator("[data-ready]")).toBeAttached();
  await page.getByRole("button", { name: "Preview the alignment" }).click();
  const preview = page.getByRole("region", { name: "Proposed alignment" });
  await expect(preview.locator("[data-passage-editor]")).toHaveCount(LARGE.documents * 40, {
    timeout: 60_000,
  });
  expect(await preview.locator("option, [role=option], input[type=checkbox]").count()).toBe(0);
  const dom = await page.evaluate(() => document.documentElement.outerHTML.length);
  console.log(`import preview DOM ${dom} characters (the texts themselves are in the form: 4 × 128 KB)`);
  expect(dom).toBeLessThan(2_500_000);
});
