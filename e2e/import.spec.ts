import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { OPINION, REPORT } from "./fixtures/articles";
import { openReader } from "./open-reader";

async function fillText(page: Page, n: number, doc: typeof REPORT) {
  const group = page.getByRole("group", { name: `Text ${n}` });
  await group.getByLabel("Title", { exact: true }).fill(doc.title);
  await group.getByLabel("Outlet or author").fill(doc.outlet);
  await group.getByLabel("Genre").selectOption(doc.genre);
  await group.getByLabel("Date published (optional)").fill(doc.publishedAt);
  if (doc.url) await group.getByLabel("Link (optional)").fill(doc.url);
  await group.getByLabel("Text", { exact: true }).fill(doc.text);
}

test("a teacher pastes two texts, corrects the alignment, saves, shares, corrects again and deletes", async ({
  page,
}) => {
  await openReader(page, "/import");
  await page.getByLabel("Title of the comparison").fill("Elm River bridge (UI)");
  await fillText(page, 1, REPORT);
  await fillText(page, 2, OPINION);
  await page.getByLabel("Topics (optional)").fill("Cost: euros, taxpayers, budget\nThe vote: council, vote");

  await page.getByRole("button", { name: "Preview the alignment" }).click();
  const preview = page.getByRole("region", { name: "Proposed alignment" });
  await expect(preview.getByRole("heading", { name: "Topics" })).toBeVisible();
  await expectNoAxeViolations(page, "import preview");

  // Rename a topic and link the opinion's quote to the report's heading by hand, with the keyboard.
  await preview.getByLabel(/^Topic 1/).fill("Cost of the bridge");
  const quote = preview.locator('[data-passage-editor="doc-2-p3"]');
  await quote.getByRole("button", { name: /the counterpart of ¶3 in Riverside Courier/ }).click();
  const box = quote.getByRole("combobox", { name: /Counterpart of ¶3/ });
  await expect(box).toBeFocused();
  await box.fill("council approves");
  await expect(quote.getByRole("status")).toHaveText("1 matches.");
  await expect(quote.getByRole("option", { name: /^¶1: Council approves river bridge/ })).toBeVisible();
  await box.press("Enter");
  await expect(quote).toContainText("Counterpart in Riverside Courier: ¶1 Council approves river bridge");
  await expect(quote.getByRole("button", { name: /Change the counterpart of ¶3/ })).toBeFocused();
  await expect(quote.getByText("Potholes do not fix themselves.")).toBeVisible();
  // Arrows move through the options, Escape leaves everything as it was and gives the focus back.
  await quote.getByRole("button", { name: /Change the counterpart of ¶3/ }).click();
  await expect(quote.getByRole("option", { selected: true })).toHaveText(/^¶1:/);
  await box.press("ArrowDown");
  await expect(quote.getByRole("option", { selected: true })).toHaveText(/^¶2:/);
  await expectNoAxeViolations(page, "counterpart picker open");
  await expect(box).toHaveAttribute("aria-activedescendant", /option-1$/);
  await box.press("Escape");
  await expect(quote.getByRole("button", { name: /Change the counterpart of ¶3/ })).toBeFocused();
  await expect(quote).toContainText("Courier: ¶1 Council approves river bridge");
  // Topics are chips: one added from the picker, then removed with its button.
  await quote.getByRole("button", { name: "Add topic to ¶3" }).click();
  await quote.getByRole("combobox", { name: "Topic to add to ¶3" }).fill("vote");
  await quote.getByRole("option", { name: "The vote" }).click();
  const remove = quote.getByRole("button", { name: "Remove topic “The vote” from ¶3" });
  await expect(remove).toBeVisible();
  await remove.click();
  await expect(remove).toHaveCount(0);

  await page.getByRole("button", { name: "Save with these corrections" }).click();
  // The edit key, shown once, with a way to keep it.
  const saved = page.getByRole("region", { name: "Saved. Keep your edit key" });
  await expect(saved).toBeVisible();
  await expect(saved).toContainText("Anyone with this key can change or delete this comparison.");
  const editKey = await saved.getByLabel("Edit key").inputValue();
  expect(editKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const download = page.waitForEvent("download");
  await saved.getByRole("button", { name: "Download as a text file" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^parallax-edit-key-elm-river-bridge-ui-[a-z2-9]{10}\.txt$/);
  const text = readFileSync((await file.path()) as string, "utf8");
  expect(text).toContain(`Edit key:   ${editKey}`);
  expect(text).toContain("Anyone with this key can change or delete this comparison.");
  await expectNoAxeViolations(page, "saved import with its key");

  await saved.getByRole("link", { name: "Open the comparison" }).click();
  await page.waitForURL(/\/compare\/elm-river-bridge-ui-[a-z2-9]{10}$/);
  const url = page.url();
  await expect(page.locator("[data-ready]")).toBeAttached();
  await expect(page.getByRole("heading", { level: 1, name: "Elm River bridge (UI)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cost of the bridge" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Original: https:\/\/example.org/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Timeline" })).toHaveCount(0);

  // The shared link opens the same comparison in the full text, with "only here" marks.
  await openReader(page, `${url}?view=full`);
  await expect(page.getByRole("region", { name: REPORT.title })).toBeVisible();
  await expect(page.locator("[data-only-here]").first()).toBeAttached();
  await expectNoAxeViolations(page, "imported full text");

  // Only this browser lists it and offers the corrections.
  await page.goto("/comparisons");
  await expect(
    page.getByRole("region", { name: "Your imports" }).getByRole("link", { name: "Elm River bridge (UI)" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "comparisons with your imports");
  await openReader(page, url);
  await page.getByRole("link", { name: "Correct the alignment or delete" }).click();
  await page.getByLabel(/^Topic 2/).fill("The council vote");
  await expectNoAxeViolations(page, "the owner's editor");
  await page.getByRole("button", { name: "Save corrections" }).click();
  await page.waitForURL(url);
  await expect(page.getByRole("heading", { name: "The council vote" })).toBeVisible();

  await page.getByRole("link", { name: "Correct the alignment or delete" }).click();
  await page.getByRole("button", { name: "Delete this comparison…" }).click();
  await expect(page.locator("[data-delete-warning]")).toContainText(
    "No class activity uses it. This cannot be undone.",
  );
  await page.getByRole("button", { name: "Yes, delete this comparison" }).click();
  await page.waitForURL(/\/comparisons$/);
  await expect(page.getByRole("link", { name: "Elm River bridge (UI)" })).toHaveCount(0);
  expect((await page.goto(url))?.status()).toBe(404);
});

test("bad input is named on its field and nothing typed is lost", async ({ page }) => {
  await openReader(page, "/import");
  await fillText(page, 1, REPORT);
  await page.getByRole("button", { name: "Save and open" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please fix" })).toBeVisible();
  await expect(page.getByLabel("Title of the comparison")).toHaveAttribute("aria-invalid", "true");
  const second = page.getByRole("group", { name: "Text 2" });
  await expect(second.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("group", { name: "Text 1" }).getByLabel("Text", { exact: true })).toHaveValue(
    REPORT.text,
  );
  // A reload keeps the draft.
  await page.reload();
  await expect(page.locator("[data-ready]")).toBeAttached();
  await expect(page.getByRole("group", { name: "Text 1" }).getByLabel("Title", { exact: true })).toHaveValue(
    REPORT.title,
  );
  await expectNoAxeViolations(page, "import form with errors");
});

test("the import page works on a phone in dark mode", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await openReader(page, "/import");
  await fillText(page, 1, REPORT);
  await fillText(page, 2, OPINION);
  await page.getByRole("button", { name: "Preview the alignment" }).click();
  await expect(page.getByRole("region", { name: "Proposed alignment" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, "phone, dark");
});
