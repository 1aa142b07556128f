import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { OPINION, REPORT } from "./fixtures/articles";
import { openReader } from "./open-reader";

/**
 * The import flow as a teacher meets it (issue 15): text pasted one paragraph per line, the aligner's
 * suggestions accepted in one click, topics added in the preview without losing corrections, and two
 * reports of one genre told apart.
 */

/** Both texts as news reports, so only their outlets tell them apart. */
const TEXTS = [
  { ...REPORT, genre: "news" },
  { ...OPINION, genre: "news" },
] as const;

const oneLinePerParagraph = (text: string) => text.replace(/\n\n/g, "\n");

/** A paste as the browser delivers it (Playwright's fill types no clipboard event). */
async function paste(label: Locator, text: string) {
  await label.focus();
  await label.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function fillPair(page: Page, title: string) {
  await openReader(page, "/import");
  await page.getByLabel("Title of the comparison").fill(title);
  for (const [i, doc] of TEXTS.entries()) {
    const group = page.getByRole("group", { name: `Text ${i + 1}` });
    await group.getByLabel("Title", { exact: true }).fill(doc.title);
    await group.getByLabel("Outlet or author").fill(doc.outlet);
    await group.getByLabel("Genre").selectOption(doc.genre);
    await group.getByLabel("Text", { exact: true }).fill(doc.text);
  }
}

async function preview(page: Page) {
  await page.getByRole("button", { name: "Preview the alignment" }).click();
  const region = page.getByRole("region", { name: "Proposed alignment" });
  await expect(region.getByRole("heading", { name: "Topics" })).toBeVisible();
  return region;
}

test("a pair pasted one paragraph per line is split into passages, and the preview links them", async ({
  page,
}) => {
  await openReader(page, "/import");
  const first = page.getByRole("group", { name: "Text 1" });
  const second = page.getByRole("group", { name: "Text 2" });
  await page.getByLabel("Title of the comparison").fill("Elm River bridge (pasted)");
  for (const [group, doc] of [
    [first, REPORT],
    [second, OPINION],
  ] as const) {
    await group.getByLabel("Title", { exact: true }).fill(doc.title);
    await group.getByLabel("Outlet or author").fill(doc.outlet);
  }

  // Pasted: split at once, with an undo.
  const firstText = first.getByLabel("Text", { exact: true });
  await paste(firstText, oneLinePerParagraph(REPORT.text));
  await expect(first.getByText(/^The pasted text had one paragraph per line/)).toContainText(
    "Parallax put a blank line between its 7 paragraphs",
  );
  await expect(firstText).toHaveValue(REPORT.text);
  await first.getByRole("button", { name: "Undo: keep the line breaks as pasted" }).click();
  await expect(firstText).toHaveValue(oneLinePerParagraph(REPORT.text));
  // Kept as pasted (or typed): the split is offered, with what it would change.
  const offer = first.getByRole("button", { name: "Split into 7 paragraphs" });
  await expect(offer).toBeVisible();
  await expect(first).toContainText("As it is, it makes 3 passages");
  await expectNoAxeViolations(page, "single line breaks found");
  await offer.click();
  await expect(firstText).toHaveValue(REPORT.text);
  await expect(offer).toHaveCount(0);

  await paste(second.getByLabel("Text", { exact: true }), oneLinePerParagraph(OPINION.text));
  await expect(second.getByLabel("Text", { exact: true })).toHaveValue(OPINION.text);

  const region = await preview(page);
  await expect(region.locator('[data-passage-editor^="doc-1-"]')).toHaveCount(8);
  await expect(region.locator('[data-passage-editor^="doc-2-"]')).toHaveCount(6);
  await expect(region.getByText(/^[1-9]\d* counterpart links?[:.]/)).toBeVisible();
});

test("one click accepts a suggestion as a link set by hand; doubtful links say so", async ({ page }) => {
  await fillPair(page, "Elm River bridge (suggestions)");
  const region = await preview(page);
  const summary = region.getByText(/counterpart links?[:.]/);
  await expect(summary).not.toContainText("by hand");

  // The first passage with a suggestion: accept it.
  const passage = region
    .locator("[data-passage-editor]", { has: page.getByRole("button", { name: /^Link ¶\d+/ }) })
    .first();
  const accept = passage.getByRole("button", { name: /^Link ¶\d+/ }).first();
  const target = (await accept.textContent())?.match(/¶(\d+)/)?.[1];
  expect(target).toBeTruthy();
  await expect(passage.getByRole("list", { name: /^Suggested counterparts of ¶\d+ in / })).toContainText(
    /\d+%/,
  );
  // By keyboard: the button goes away with the suggestion, and the focus stays in the row, on Change.
  await accept.focus();
  await page.keyboard.press("Enter");
  await expect(passage).toContainText(new RegExp(`Counterpart in [^:]+: ¶${target} .*Linked by hand`));
  await expect(passage.getByRole("button", { name: /^Change the counterpart of ¶\d+ in / })).toBeFocused();
  await expect(passage.locator('[data-confidence="hand"]')).toBeVisible();
  await expect(passage.getByRole("button", { name: new RegExp(`^Link ¶${target} `) })).toHaveCount(0);
  await expect(summary).toContainText("1 by hand");

  // Doubtful links are marked in words and with a sign, not by colour alone.
  for (const mark of await region.locator('[data-confidence="check"]').all())
    await expect(mark).toHaveText(/^⚠ Check this \(\d+%\)$/);
  for (const mark of await region.locator('[data-confidence="likely"]').all())
    await expect(mark).toHaveText(/^✓ Likely \(\d+%\)$/);
  await expectNoAxeViolations(page, "suggestion accepted");
  await page.evaluate(() => {
    document.documentElement.dataset.theme = "dark";
  });
  await expectNoAxeViolations(page, "suggestion accepted, dark");
});

test("adding a topic in the preview keeps every correction, with the button or Enter", async ({ page }) => {
  await fillPair(page, "Elm River bridge (topics)");
  const region = await preview(page);
  // A marker that a reload would wipe out.
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
  const url = page.url();

  const passage = region.locator('[data-passage-editor="doc-2-p3"]');
  await passage.getByRole("button", { name: /the counterpart of ¶3 in Riverside Courier/ }).click();
  await passage.getByRole("combobox").fill("¶1");
  await passage.getByRole("combobox").press("Enter");
  await expect(passage).toContainText("Counterpart in Riverside Courier: ¶1");
  await region.getByLabel(/^Topic 1 /).fill("Cost of the bridge");

  await region.getByLabel("New topic").fill("Immigration of bridge users");
  await region.getByRole("button", { name: "Add topic", exact: true }).click();
  await region.getByLabel("New topic").fill("Road repairs");
  await region.getByLabel("New topic").press("Enter");
  // Enter in a topic's name renames it and saves nothing.
  await region.getByLabel(/^Topic 1 /).press("Enter");

  await expect(region.locator('input[value="Immigration of bridge users"]')).toBeVisible();
  await expect(region.locator('input[value="Road repairs"]')).toBeVisible();
  await expect(region.getByLabel(/^Topic 1 /)).toHaveValue("Cost of the bridge");
  await expect(passage).toContainText("Counterpart in Riverside Courier: ¶1");
  await expect(passage).toContainText("Linked by hand");
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await expect(page.getByRole("region", { name: "Saved. Keep your edit key" })).toHaveCount(0);
  expect(await page.locator("form form").count()).toBe(0);
  // The new topic can be given to a passage right away.
  await passage.getByRole("button", { name: "Add topic to ¶3" }).click();
  await passage.getByRole("combobox", { name: "Topic to add to ¶3" }).fill("Road");
  await passage.getByRole("option", { name: "Road repairs" }).click();
  await expect(passage.getByRole("button", { name: "Remove topic “Road repairs” from ¶3" })).toBeVisible();
  await expectNoAxeViolations(page, "topics added in the preview");
});

test("two news reports are told apart by outlet in the editor and the reader", async ({ page }) => {
  await fillPair(page, "Elm River bridge (two reports)");
  const region = await preview(page);
  await expect(region.getByRole("heading", { name: "Text 1: Riverside Courier" })).toBeVisible();
  await expect(region.getByRole("heading", { name: "Text 2: The Riverside Voice" })).toBeVisible();
  await expect(region.locator('[data-passage-editor="doc-1-p2"]')).toContainText(
    "Counterpart in The Riverside Voice:",
  );

  await page.getByRole("button", { name: "Save with these corrections" }).click();
  const saved = page.getByRole("region", { name: "Saved. Keep your edit key" });
  await saved.getByRole("link", { name: "Open the comparison" }).click();
  await expect(page.locator("[data-ready]")).toBeAttached();
  await expect(page.getByText(/Riverside Courier \d+ · The Riverside Voice \d+/).first()).toBeVisible();
  await expect(page.getByText(/News report \d+ · News report \d+/)).toHaveCount(0);

  // A phone shows one source at a time in the full text: the switch names them by outlet too.
  await page.setViewportSize({ width: 390, height: 844 });
  await openReader(page, `${page.url()}?view=full`);
  const sources = page.getByRole("group", { name: "Source shown" });
  await expect(sources.getByRole("button", { name: "Riverside Courier" })).toBeVisible();
  await expect(sources.getByRole("button", { name: "The Riverside Voice" })).toBeVisible();
  await sources.getByRole("button", { name: "The Riverside Voice" }).click();
  await expect(sources.getByRole("button", { name: "The Riverside Voice" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectNoAxeViolations(page, "two news reports on a phone");
});
