import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { bearer } from "./class-api";
import { OPINION, REPORT } from "./fixtures/articles";
import { forgetSuggestions } from "./fixtures/older-import";
import { relatedPassages } from "./highlights";
import { openReader } from "./open-reader";

/**
 * Issue 15 on a saved import: the teacher comes back (here: another browser, with the key) and corrects
 * the alignment with the aligner's suggestions, one click each, as in the preview.
 */

async function importAndSave(page: Page, title: string): Promise<{ slug: string; editKey: string }> {
  await openReader(page, "/import");
  await page.getByLabel("Title of the comparison").fill(title);
  for (const [i, doc] of [REPORT, OPINION].entries()) {
    const group = page.getByRole("group", { name: `Text ${i + 1}` });
    await group.getByLabel("Title", { exact: true }).fill(doc.title);
    await group.getByLabel("Outlet or author").fill(doc.outlet);
    await group.getByLabel("Text", { exact: true }).fill(doc.text);
  }
  await page.getByRole("button", { name: "Save and open" }).click();
  const saved = page.getByRole("region", { name: "Saved. Keep your edit key" });
  const editKey = await saved.getByLabel("Edit key").inputValue();
  const slug = (await saved.getAttribute("data-saved-import")) ?? "";
  expect(slug).not.toBe("");
  return { slug, editKey };
}

test("the saved import's editor shows the suggestions; one click accepts one, and the reader links it", async ({
  browser,
  page,
  request,
}) => {
  const { slug, editKey } = await importAndSave(page, "Elm River bridge (edit suggestions)");

  // The next day, on another device: a browser without the key enters it.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(`/compare/${slug}/edit`);
  const form = other.getByRole("form", { name: "Enter your edit key" });
  await form.getByLabel("Edit key").fill(editKey);
  await form.getByRole("button", { name: "Use this key" }).click();

  // A passage with a suggestion, shown with its confidence.
  const link = other.getByRole("button", { name: /^Link ¶\d+/ });
  // One with topics too, so the reader's Compare ⇄ can show its link afterwards.
  const passage = other
    .locator("[data-passage-editor]", { has: link })
    .filter({ has: other.getByRole("button", { name: /^Remove topic/ }) })
    .first();
  await expect(passage).toBeVisible();
  const suggestion = passage
    .getByRole("list", { name: /^Suggested counterparts of ¶\d+ in / })
    .getByRole("listitem")
    .first();
  const accept = suggestion.getByRole("button", { name: /^Link ¶\d+/ });
  const source = await passage.getAttribute("data-passage-editor");
  // Two texts: one counterpart row per passage.
  const row = passage.locator("[data-counterpart-in]");
  const otherText = await row.getAttribute("data-counterpart-in");
  const number = (await accept.textContent())?.match(/¶(\d+)/)?.[1];
  expect(source && otherText && number).toBeTruthy();
  const target = `${otherText}-p${number}`;
  await expect(suggestion).toContainText(/^Link ¶\d+.*\d+% · /);
  await expectNoAxeViolations(other, "saved import's editor with suggestions");

  await accept.click();
  await expect(row).toContainText(new RegExp(`Counterpart in [^:]+: ¶${number} .*Linked by hand`));
  await expect(row.getByRole("button", { name: new RegExp(`^Link ¶${number} `) })).toHaveCount(0);
  await expectNoAxeViolations(other, "saved import's editor, suggestion accepted");
  await other.getByRole("button", { name: "Save corrections" }).click();
  await other.waitForURL(new RegExp(`/compare/${slug}$`));

  await openReader(other, `/compare/${slug}?view=full`);
  await other
    .locator(`[data-passage='${source}']`)
    .getByRole("button", { name: /Compare/ })
    .click();
  await expect(
    other.getByRole("status").filter({ hasText: "linked by hand (a teacher's correction)" }),
  ).toBeVisible();
  expect(await relatedPassages(other)).toContain(target);
  await context.close();
  await request.delete(`/api/comparisons/${slug}`, { headers: bearer(editKey) });
});

test("an import saved before suggestions were kept opens its editor without any, and no error", async ({
  page,
  request,
}) => {
  const database = process.env.TEST_DATABASE_URL;
  test.skip(!database, "needs the server's database (TEST_DATABASE_URL) to make an older import");
  const created = await request.post("/api/comparisons", {
    data: { title: "Older import", documents: [REPORT, { ...OPINION, url: null }] },
  });
  const { slug, editKey } = (await created.json()) as { slug: string; editKey: string };
  await forgetSuggestions(database, slug);
  await page.goto(`/compare/${slug}/edit`);
  const form = page.getByRole("form", { name: "Enter your edit key" });
  await form.getByLabel("Edit key").fill(editKey);
  await form.getByRole("button", { name: "Use this key" }).click();
  await expect(page.locator("[data-passage-editor]").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Save corrections" })).toBeVisible();
  // Its links are still shown with their confidence; only the suggestions are missing.
  await expect(page.locator("[data-confidence]").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Link ¶\d+/ })).toHaveCount(0);
  await expect(page.getByText("could not be loaded")).toHaveCount(0);
  await request.delete(`/api/comparisons/${slug}`, { headers: bearer(editKey) });
});
