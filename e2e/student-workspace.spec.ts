import { expect, type Page, type Request, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createClass, join, SEED } from "./class-api";
import { openReader } from "./open-reader";

/**
 * The student workspace, server-first (issue 14): the activity's passages come with the page as HTML;
 * what needs the seat (the activity, the student's work) is fetched at once, in parallel, by the
 * islands. Tagging, the outbox and drafts are covered by class-activity, class-drafts and class-rejoin.
 */

const PHONE = { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true };
const UN_PASSAGE = "At the United Nations, Russia has questioned Israel's right to self-defense";
const OFF_TOPIC = "news-p4";

async function seatIn(page: Page, seat: { classId: string; studentId: string; studentToken: string }) {
  await openReader(page, "/join");
  await page.evaluate(
    ({ classId, ...rest }) =>
      localStorage.setItem(
        `parallax:class:${classId}:student`,
        JSON.stringify({ classId, ...rest, name: "Sam" }),
      ),
    seat,
  );
}

test("the activity's passages are in the server's HTML, without the activity or the framing lens", async ({
  request,
}) => {
  const created = await createClass(request, {
    comparison: SEED,
    title: "Secret title of period 4",
    topics: ["un-votes"],
  });
  const html = await (await request.get(`/classes/${created.id}/student`)).text();
  const has = (text: string) => html.includes(text);
  expect(has(UN_PASSAGE), "a passage on the topic").toBe(true);
  expect(has('data-passage="news-p11"'), "its block").toBe(true);
  expect(has(`data-passage="${OFF_TOPIC}"`), "a passage on another topic").toBe(false);
  // What needs the seat is not there: the title, the join code, the prompts and labels; nor the lens.
  expect(has("Secret title of period 4"), "the activity's title").toBe(false);
  expect(has(created.joinCode), "the join code").toBe(false);
  expect(has("Claim to check"), "a label").toBe(false);
  expect(has("Who is quoted on each side"), "a prompt").toBe(false);
  expect(has("framing"), "the framing lens").toBe(false);
  // An id that is no class's: a page that says so, with the way to join.
  const none = await (await request.get("/classes/AAAAAAAAAAAAAAAA/student")).text();
  expect(none).toContain("There is no activity at this address");
  // No passage block (the inlined stylesheet names the attribute in its selectors).
  expect(none).not.toContain('data-passage="');
});

test("a student's page keeps the way home and leaves out the teachers' links", async ({ page, request }) => {
  const created = await createClass(request, { comparison: SEED, title: "Header", topics: ["un-votes"] });
  const seat = await join(request, created.joinCode, "Sam");
  await seatIn(page, seat);
  const nav = page.getByRole("navigation", { name: "Site" });
  // Where a student joins, and everywhere else, the header has them all.
  await expect(nav.getByRole("link", { name: "Import" })).toBeVisible();
  await openReader(page, `/classes/${seat.classId}/student`);
  await expect(page.getByRole("heading", { level: 1, name: "Header" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Import" })).toBeHidden();
  await expect(nav.getByRole("link", { name: "Comparisons" })).toBeHidden();
  await expect(nav.getByRole("link", { name: "Join a class" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Parallax" })).toHaveAttribute("href", "/");
});

test.describe("a student on a phone", () => {
  test.use(PHONE);

  test("gets the texts with the page and the seat's data in one parallel round, no waterfall", async ({
    page,
    request,
  }) => {
    const created = await createClass(request, {
      comparison: SEED,
      title: "Phone period",
      topics: ["hamas-visits"],
    });
    const seat = await join(request, created.joinCode, "Sam");
    await seatIn(page, seat);
    const requests: Request[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname.startsWith("/api/")) requests.push(r);
    });
    await page.goto(`/classes/${seat.classId}/student`);
    await expect(page.locator("[data-ready]")).toBeAttached();
    await expect(page.getByRole("heading", { level: 1, name: "Phone period" })).toBeVisible();
    // Two calls, the activity and the student's work, both sent before either answered; no comparison.
    const paths = requests.map((r) => new URL(r.url()).pathname).sort();
    expect(paths).toEqual([`/api/classes/${seat.classId}`, `/api/classes/${seat.classId}/me`]);
    expect(await Promise.all(requests.map(async (r) => (await r.response())?.ok()))).toEqual([true, true]);
    const starts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => e.name.includes("/api/"))
        .map((e) => ({ start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd })),
    );
    expect(starts).toHaveLength(2);
    const [a, b] = starts;
    if (!a || !b) throw new Error("two API calls expected");
    expect(Math.max(a.start, b.start)).toBeLessThan(Math.min(a.end, b.end));

    // Only the activity's topic, one column at a time; the switch shows the other.
    const tags = await page
      .locator("form[data-tag]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-tag")));
    expect(tags).toContain("news-p15");
    expect(tags).not.toContain(OFF_TOPIC);
    const opinion = page.locator("section[data-side]").nth(1);
    await expect(opinion).toBeHidden();
    await page.getByRole("button", { name: "Opinion + comments" }).click();
    await expect(opinion).toBeVisible();
    await expect(page.locator("section[data-side]").first()).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, "student workspace on a phone");
  });

  test("a reload keeps the side the student chose, from the first paint", async ({ page, request }) => {
    const created = await createClass(request, { comparison: SEED, title: "Sides", topics: ["un-votes"] });
    const seat = await join(request, created.joinCode, "Sam");
    await seatIn(page, seat);
    await openReader(page, `/classes/${seat.classId}/student`);
    const [news, opinion] = [
      page.locator("section[data-side]").first(),
      page.locator("section[data-side]").nth(1),
    ];
    await page.getByRole("button", { name: "Opinion + comments" }).click();
    await expect(opinion).toBeVisible();
    await expect(page).toHaveURL(/\?side=opinion$/);
    await page.reload();
    await expect(opinion).toBeVisible();
    await expect(news).toBeHidden();
    await expect(page.getByRole("button", { name: "Opinion + comments" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    // The server renders that side: no flash of the first one while the page hydrates.
    const html = await (await request.get(`/classes/${seat.classId}/student?side=opinion`)).text();
    expect(html).toContain('data-shown="1"');
  });

  test("nothing above the texts moves when the activity arrives", async ({ page, request }) => {
    const created = await createClass(request, { comparison: SEED, title: "Short", topics: ["un-votes"] });
    const seat = await join(request, created.joinCode, "Sam");
    await seatIn(page, seat);
    // Hold the activity back, so the page is measured before and after it arrives.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**/api/classes/${seat.classId}`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/classes/${seat.classId}/student`);
    const heading = page.getByRole("heading", { name: "Tag the passages" });
    await expect(page.locator("form[data-tag] select").first()).toBeDisabled();
    const before = await heading.boundingBox();
    release();
    await expect(page.locator("[data-ready]")).toBeAttached();
    await expect(page.locator("form[data-tag] select").first()).toBeEnabled();
    expect((await heading.boundingBox())?.y).toBe(before?.y);
  });

  test("a browser without the seat is sent to join, light and dark", async ({ browser, request }) => {
    const created = await createClass(request, { comparison: SEED, title: "No seat", topics: ["un-votes"] });
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ ...PHONE, colorScheme });
      const page = await context.newPage();
      await openReader(page, `/classes/${created.id}/student`);
      await expect(page.getByText("This browser has not joined this activity yet.")).toBeVisible();
      await expect(page.getByRole("link", { name: /Join with the code/ })).toBeVisible();
      await expect(page.getByText(UN_PASSAGE)).toBeHidden();
      await expectNoAxeViolations(page, `student page without a seat, ${colorScheme}`);
      await context.close();
    }
  });
});
