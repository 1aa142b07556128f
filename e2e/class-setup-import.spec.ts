import { readFile } from "node:fs/promises";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { bearer, createClass, SEED } from "./class-api";
import { OPINION, REPORT } from "./fixtures/articles";
import { openReader } from "./open-reader";

/**
 * A class activity on an import whose topics tag few passages (the reviewer's two passages of forty):
 * the setup form counts passages per topic and per text, offers the whole texts (the default), and no
 * page promises the framing lens or editors an import does not have. Then the join link, and the
 * keyboard focus after saving a tag.
 */

const PHONE_DARK = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  colorScheme: "dark" as const,
};
const ONLY_TOPICS = "Only the passages on the topics ticked below";

/** An import with three topics: one passage each for two, none for the third. */
async function sparseImport(request: APIRequestContext) {
  const created = await request.post("/api/comparisons", {
    data: { title: "Bridge vote: few topics", documents: [REPORT, { ...OPINION, url: null }] },
  });
  expect(created.status()).toBe(201);
  const { slug, editKey } = (await created.json()) as { slug: string; editKey: string };
  const corrected = await request.patch(`/api/comparisons/${slug}`, {
    headers: bearer(editKey),
    data: {
      topics: [
        { id: "nobody", label: "Nobody asked" },
        { id: "the-vote", label: "The vote" },
        { id: "the-cost", label: "The cost" },
      ],
      passages: { "doc-1-p2": ["the-vote"], "doc-2-p2": ["the-cost"] },
      links: [],
    },
  });
  expect(corrected.status(), await corrected.text()).toBe(200);
  const comparison = (await corrected.json()) as { documents: { id: string; passages: unknown[] }[] };
  const perText = comparison.documents.map((d) => d.passages.length);
  return { slug, perText, total: perText.reduce((a, b) => a + b, 0) };
}

async function newContextPage(browser: Browser, options = {}): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

test("an import's activity: passage counts, the whole texts by default, no framing lens promised", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const { slug, perText, total } = await sparseImport(request);
  const [first = 0, second = 0] = perText;

  // Setup: each topic's count, the one with none unavailable, and what students get per text.
  for (const options of [{}, PHONE_DARK]) {
    const page = await newContextPage(browser, options);
    await openReader(page, `/classes/new?comparison=${slug}`);
    const topics = page.getByRole("group", { name: "Topics" });
    await expect(topics.getByRole("checkbox", { name: "Nobody asked · no passage" })).toBeDisabled();
    await expect(topics.getByRole("checkbox", { name: "The vote · 1 passage" })).toBeVisible();
    await expect(page.getByRole("radio", { name: /^The whole texts/ })).toBeChecked();
    await expect(page.locator("[data-passages-shown]")).toHaveText(
      `Students will see all ${total} passages: News report ${first}, Opinion ${second}.`,
    );
    await expect(page.locator("main")).not.toContainText("framing lens");
    await expect(page.locator("main")).not.toContainText("Frame labels");
    await expectNoAxeViolations(page, `setup on an import ${JSON.stringify(options)}`);
    await page.getByRole("radio", { name: ONLY_TOPICS }).check();
    await expect(page.locator("[data-passages-shown]")).toHaveText(
      `Students will see 2 of ${total} passages: News report 1 of ${first}, Opinion 1 of ${second}.`,
    );
    await topics.getByRole("checkbox", { name: /^The cost/ }).uncheck();
    await expect(page.locator("[data-passages-shown]")).toContainText(`Opinion 0 of ${second}`);
    await expectNoAxeViolations(page, `setup, topics chosen ${JSON.stringify(options)}`);
    await page.context().close();
  }

  // The teacher keeps the whole texts and starts.
  const teacher = await newContextPage(browser);
  await openReader(teacher, `/classes/new?comparison=${slug}`);
  await teacher.getByRole("button", { name: "Start the activity" }).click();
  const code = (await teacher.locator("[data-join-code]").getAttribute("data-join-code")) ?? "";
  expect(code).toMatch(/^[A-Z2-9]{6}$/);

  // A student follows the shared link: the code is filled in; they still press Join.
  const student = await newContextPage(browser, PHONE_DARK);
  await openReader(student, `/join?code=${code.toLowerCase()}`);
  await expect(student.getByLabel("Join code")).toHaveValue(code);
  await student.getByLabel("Your name").fill("Zoë");
  await student.getByRole("button", { name: "Join" }).click();
  await student.waitForURL(/\/student$/);
  await expect(student.locator("[data-ready]")).toBeAttached();
  // Every passage, on a topic or not; the heading has none.
  await expect(student.locator("form[data-tag]")).toHaveCount(total);
  const heading = student.locator('form[data-tag="doc-1-p1"]');
  await heading.getByRole("combobox", { name: /^Label for / }).selectOption({ label: "Fact" });
  await heading.getByRole("button", { name: /^Save tag for / }).click();
  await expect(student.locator("[data-save-state]")).toHaveText("Saved");
  await expect(student.locator("main")).toContainText("0 of 5 questions answered");
  await expectNoAxeViolations(student, "student workspace, whole texts, phone dark");
  await student.setViewportSize({ width: 1280, height: 800 });
  await student.emulateMedia({ colorScheme: "light" });
  await expectNoAxeViolations(student, "student workspace, whole texts, desktop light");

  // The dashboard: every passage, counts on the untopical one, no editors, no framing lens.
  await teacher.getByRole("button", { name: "Open the dashboard" }).click();
  await expect(teacher.locator('[data-stat="tags"]')).toHaveText("1", { timeout: 10_000 });
  await expect(teacher.locator("[data-passage]")).toHaveCount(total);
  await expect(teacher.locator('[data-passage="doc-1-p1"] [data-counts]')).toContainText("Fact: 1");
  await expect(teacher.getByRole("heading", { name: "Beside the comparison's topics" })).toBeVisible();
  const main = teacher.locator("main");
  for (const absent of ["editors", "framing lens", "Media Frames Corpus"])
    await expect(main, absent).not.toContainText(absent);
  await expect(main).toContainText("The class tagged 1 passage on no topic.");
  await expect(teacher.getByRole("rowheader", { name: "Nobody asked" })).toBeVisible();
  await expect(teacher.getByRole("status").filter({ hasText: "Class update" })).toHaveText(
    "Class update: 1 joined, 1 active, 1 tag, 0 answers.",
    { timeout: 40_000 },
  );
  await expectNoAxeViolations(teacher, "dashboard on an import, whole texts");
  await teacher.setViewportSize({ width: 390, height: 844 });
  await teacher.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(teacher, "dashboard on an import, phone dark");

  // The CSV has the tag on the passage no topic covers, with its text.
  const download = teacher.waitForEvent("download");
  await teacher.getByRole("button", { name: "Export tags (CSV)" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  const rows = csv.split("\r\n").filter(Boolean).slice(1);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain("doc-1,doc-1-p1,Council approves river bridge,Fact");
  await Promise.all([teacher.context().close(), student.context().close()]);
});

test("the seed's setup and dashboard still name its framing lens and editors", async ({ page, request }) => {
  await openReader(page, `/classes/new?comparison=${SEED}`);
  await expect(page.locator("main")).toContainText("Suggested from the framing lens");
  await expect(page.locator("main")).toContainText("Frame labels are the Media Frames Corpus dimensions");
  const cls = await createClass(request, { comparison: SEED, title: "Seed", topics: ["hamas-visits"] });
  await openReader(page, `/classes/${cls.id}/teach#token=${cls.teacherToken}`);
  await expect(page.getByRole("heading", { name: "Beside the editors' reading" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Passages on it (editors)" })).toBeVisible();
});

test("a join link fills in only something shaped like a code", async ({ page }) => {
  await openReader(page, "/join?code=2xt-yhr");
  await expect(page.getByLabel("Join code")).toHaveValue("2XTYHR");
  await openReader(page, "/join?code=<b>nope</b>");
  await expect(page.getByLabel("Join code")).toHaveValue("");
});

test("saving or removing a tag by keyboard keeps the focus on the passage's tag control", async ({
  page,
  request,
}) => {
  const cls = await createClass(request, { comparison: SEED, title: "Focus", topics: ["hamas-visits"] });
  await openReader(page, "/join");
  await page.getByLabel("Join code").fill(cls.joinCode);
  await page.getByLabel("Your name").fill("Kim");
  await page.getByRole("button", { name: "Join" }).click();
  await page.waitForURL(/\/student$/);
  await expect(page.locator("[data-ready]")).toBeAttached();
  const form = page.locator("form[data-tag]").first();
  await form.getByRole("combobox", { name: /^Label for / }).selectOption({ label: "Fact" });
  const save = form.getByRole("button", { name: /^Save tag for / });
  await save.focus();
  await page.keyboard.press("Enter");
  await expect(form).toContainText("Your tag: Fact");
  await expect(page.locator("[data-save-state]")).toHaveText("Saved");
  await expect(page.locator("[data-save-state]")).toHaveAttribute("role", "status");
  await expect(save).toBeFocused();
  // Tab goes on to the passage's Remove, not back to the top of the page.
  await page.keyboard.press("Tab");
  const remove = form.getByRole("button", { name: /^Remove tag from / });
  await expect(remove).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(form).toContainText("Not tagged yet");
  await expect(form.getByRole("combobox", { name: /^Label for / })).toBeFocused();
});
