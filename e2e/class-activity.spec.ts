import { readFile } from "node:fs/promises";
import { type Browser, type BrowserContextOptions, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { openReader } from "./open-reader";

/**
 * A class activity end to end against the real class API (README, "Class activities"): a teacher and two
 * students in separate browser contexts, one student on a phone.
 */

const NEWS = "Israel Faces Tough Balancing Act on Russia and the West";
const OPINION = /Can Russia be induced to use its UN veto/;
const KEEP_TOPICS = ["The UN: votes, vetoes and positions", "Hamas in Moscow"];
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 740 }, hasTouch: true };

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "horizontal scroll").toBeLessThanOrEqual(0);
}

async function joinAs(browser: Browser, code: string, name: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await openReader(page, "/join");
  await page.getByLabel("Join code").fill(code);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Join" }).click();
  await page.waitForURL(/\/classes\/[\w-]+\/student$/);
  await expect(page.locator("[data-ready]")).toBeAttached();
  return { context, page };
}

/** Tags the n-th passage of a region with a label (and note); returns the passage id. */
async function tag(region: ReturnType<Page["getByRole"]>, n: number, label: string, note = "") {
  const form = region.locator("form[data-tag]").nth(n);
  await form.getByRole("combobox", { name: /^Label for / }).selectOption({ label });
  if (note) await form.getByRole("textbox", { name: /^Note for / }).fill(note);
  await form.getByRole("button", { name: /^Save tag for / }).click();
  return (await form.getAttribute("data-tag")) ?? "";
}

const saveState = (page: Page) => page.locator("[data-save-state]");

test("a teacher runs an activity: two students tag and answer, the dashboard follows, export, close, delete", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await openReader(teacher, "/compare/israel-russia");
  await teacher.getByRole("link", { name: "Run a class activity" }).click();
  await teacher.waitForURL(/\/classes\/new\?comparison=israel-russia$/);
  await expect(teacher.locator("[data-ready]")).toBeAttached();
  await expectNoAxeViolations(teacher, "start an activity");

  // Two topics, one prompt reworded, a label renamed and one added.
  await teacher.getByLabel("Title of the activity").fill("Israel and Russia: period 3");
  await teacher.getByRole("radio", { name: "Only the passages on the topics ticked below" }).check();
  for (const box of await teacher.getByRole("group", { name: "Topics" }).getByRole("checkbox").all()) {
    // "Hamas in Moscow · 7 passages"
    const name = await box.evaluate((el) => el.closest("label")?.textContent?.split(" · ")[0] ?? "");
    if (!KEEP_TOPICS.includes(name)) await box.uncheck();
  }
  await teacher.getByLabel(/^Prompt 1 ·/).fill("Who runs the outlet that reported the vote?");
  await teacher.getByLabel("Label 1", { exact: true }).fill("Checkable fact");
  await teacher.getByRole("button", { name: "Add a label" }).click();
  await teacher.getByLabel("Label 13", { exact: true }).fill("Loaded words");
  await teacher.getByRole("button", { name: "Start the activity" }).click();
  // Fails fast (with the form's alert in the trace) when POST /api/classes is missing or refuses.
  await expect(teacher.locator("[data-join-code]"), "POST /api/classes answered 201").toBeVisible({
    timeout: 15_000,
  });

  const code = (await teacher.locator("[data-join-code]").getAttribute("data-join-code")) ?? "";
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  // The teacher link stays hidden (this screen is projected) until asked for.
  await expect(teacher.getByText("Keep it off the projector.")).toBeVisible();
  await expect(teacher.getByRole("textbox", { name: "Teacher link" })).toHaveCount(0);
  await expectNoAxeViolations(teacher, "activity started");
  await teacher.getByRole("button", { name: "Show the teacher link" }).click();
  const link = await teacher.getByRole("textbox", { name: "Teacher link" }).inputValue();
  const [, classId = "", teacherToken = ""] =
    /\/classes\/([\w-]+)\/teach#token=([\w-]{43})$/.exec(link) ?? [];
  expect(classId).not.toBe("");

  // Students join: Ada types the code in lower case with a space; Ben is on a phone.
  const ada = await joinAs(
    browser,
    `${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`,
    "Ada",
  );
  const ben = await joinAs(browser, code, "Ben", PHONE);
  await expect(
    ada.page.getByRole("heading", { level: 1, name: "Israel and Russia: period 3" }),
  ).toBeVisible();
  await expectNoAxeViolations(ada.page, "student workspace");
  await expectNoAxeViolations(ben.page, "student workspace, phone");
  await expectNoHorizontalScroll(ben.page);

  // The dashboard opens from the private link, and the token leaves the address bar.
  await openReader(teacher, link);
  await expect(teacher).toHaveURL(new RegExp(`/classes/${classId}/teach$`));
  await expect(teacher.locator('[data-stat="joined"]')).toHaveText("2", { timeout: 5000 });
  await expect(teacher.locator("[data-join-code]")).toHaveAttribute("data-join-code", code);

  // Ada tags two news passages and answers the first prompt.
  const adaNews = ada.page.getByRole("region", { name: NEWS });
  const p1 = await tag(adaNews, 0, "Checkable fact", "Check the UN record");
  const p2 = await tag(adaNews, 1, "Loaded words");
  await ada.page
    .getByLabel("Who runs the outlet that reported the vote?")
    .fill("A US newspaper; check its sources.");
  await ada.page.getByRole("button", { name: "Save answer 1", exact: true }).click();
  await expect(saveState(ada.page)).toHaveText("Saved");
  await expect(adaNews.locator(`form[data-tag="${p1}"]`)).toContainText("Your tag: Checkable fact");

  // Ben, on the phone, switches to the opinion piece; his save waits offline and goes out when online.
  await ben.page.getByRole("button", { name: "Opinion + comments" }).click();
  const benOpinion = ben.page.getByRole("region", { name: OPINION });
  await ben.context.setOffline(true);
  const p3 = await tag(benOpinion, 0, "Opinion");
  await expect(saveState(ben.page)).toHaveText("Waiting to send (1)");
  await ben.context.setOffline(false);
  await expect(saveState(ben.page)).toHaveText("Saved", { timeout: 10_000 });
  await ben.page
    .getByRole("textbox", { name: /^Trace the claim/ })
    .first()
    .fill("Look up the 2016 vote record.");
  await ben.page.getByRole("button", { name: "Save answer 2", exact: true }).click();
  await expect(saveState(ben.page)).toHaveText("Saved");
  await ben.page.reload();
  await expect(ben.page.locator("[data-ready]")).toBeAttached();
  await ben.page.getByRole("button", { name: "Opinion + comments" }).click();
  await expect(benOpinion.locator(`form[data-tag="${p3}"]`)).toContainText("Your tag: Opinion");
  await expectNoHorizontalScroll(ben.page);

  // The dashboard shows it all within 5 seconds.
  await expect(teacher.locator('[data-stat="tags"]')).toHaveText("3", { timeout: 5000 });
  await expect(teacher.locator('[data-stat="answers"]')).toHaveText("2", { timeout: 5000 });
  await expect(teacher.locator('[data-stat="active"]')).toHaveText("2");
  await expect(teacher.locator(`[data-passage="${p1}"] [data-counts]`)).toContainText("Checkable fact: 1");
  await expect(teacher.locator(`[data-passage="${p2}"] [data-counts]`)).toContainText("Loaded words: 1");
  const answers = teacher.getByRole("region", { name: "Answers" });
  await expect(answers.getByText("A US newspaper; check its sources.")).toBeVisible();
  await expect(answers.getByText("Look up the 2016 vote record.")).toBeVisible();
  await expectNoAxeViolations(teacher, "dashboard");

  // The CSV holds exactly their three responses.
  const download = teacher.waitForEvent("download");
  await teacher.getByRole("button", { name: "Export tags (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-\d{4}-\d{2}-\d{2}-tags\.csv$/);
  const csv = (await readFile(await file.path(), "utf8")).replace(/^\uFEFF/, "");
  const [header, ...rows] = csv.split("\r\n").filter(Boolean);
  expect(header?.split(",")).toEqual(expect.arrayContaining(["student", "passage", "label", "note"]));
  expect(rows).toHaveLength(3);
  expect(rows.some((r) => r.includes(p1) && r.includes("Ada") && r.includes("Check the UN record"))).toBe(
    true,
  );
  expect(rows.some((r) => r.includes(p2) && r.includes("Ada"))).toBe(true);
  expect(rows.some((r) => r.includes(p3) && r.includes("Ben") && r.includes("Opinion"))).toBe(true);

  // Closed: a save is refused with a clear message, and the code no longer lets anyone in.
  await teacher.getByRole("button", { name: "Close the activity" }).click();
  await expect(teacher.locator("[data-open-state]")).toContainText("Closed");
  await tag(adaNews, 2, "Opinion");
  await expect(saveState(ada.page)).toHaveText("This activity is closed", { timeout: 10_000 });
  const late = await browser.newContext();
  const latePage = await late.newPage();
  await openReader(latePage, "/join");
  await latePage.getByLabel("Join code").fill(code);
  await latePage.getByLabel("Your name").fill("Cleo");
  await latePage.getByRole("button", { name: "Join" }).click();
  await expect(latePage.getByRole("alert").filter({ hasText: "Could not join" })).toContainText("closed");

  // Delete (two steps) takes the teacher back to the comparison and removes everything.
  await teacher.getByRole("button", { name: "Delete this activity…" }).click();
  await teacher.getByRole("button", { name: "Yes, delete this activity" }).click();
  await teacher.waitForURL(/\/compare\/israel-russia$/);
  const auth = { Authorization: `Bearer ${teacherToken}` };
  for (const path of ["", "/dashboard", "/responses.csv"])
    expect((await request.get(`/api/classes/${classId}${path}`, { headers: auth })).status()).toBe(404);

  await Promise.all([teacherContext.close(), ada.context.close(), ben.context.close(), late.close()]);
});

test("the join page and the pages without a key are accessible, light and dark, desktop and phone", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  for (const colorScheme of ["light", "dark"] as const) {
    for (const options of [{}, PHONE]) {
      const context = await browser.newContext({ ...options, colorScheme });
      const page = await context.newPage();
      await openReader(page, "/join");
      await expect(page.getByLabel("Join code")).toHaveAttribute("autocapitalize", "characters");
      await expectNoAxeViolations(page, `join ${colorScheme}`);
      await expectNoHorizontalScroll(page);
      await openReader(page, "/classes/nope/teach");
      await expect(page.getByText("private teacher link")).toBeVisible();
      await expectNoAxeViolations(page, `dashboard without a key ${colorScheme}`);
      await openReader(page, "/classes/nope/student");
      await expect(page.getByRole("link", { name: /Join with the code/ })).toBeVisible();
      await expectNoAxeViolations(page, `student page without a seat ${colorScheme}`);
      await openReader(page, "/classes/new?comparison=israel-russia");
      await expectNoAxeViolations(page, `start an activity ${colorScheme}`);
      await expectNoHorizontalScroll(page);
      await context.close();
    }
  }
});

test("a wrong join code is refused in an alert and the fields keep their values", async ({ page }) => {
  await openReader(page, "/join");
  await page.getByLabel("Join code").fill("zz zz zz");
  await page.getByLabel("Your name").fill("Dana");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Could not join" })).toContainText(
    "No activity has this code",
  );
  await expect(page.getByLabel("Join code")).toHaveValue("zz zz zz");
  await expect(page.getByLabel("Your name")).toHaveValue("Dana");
});

test("an unknown comparison has no activity form", async ({ page }) => {
  expect((await page.goto("/classes/new?comparison=no-such-thing"))?.status()).toBe(404);
});
