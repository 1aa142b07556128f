import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { openReader } from "./open-reader";

type Box = { x: number; y: number; width: number; height: number };

test("each topic row opens with its compare panel: shared facts, only-in-one, who is cited, frames, claims", async ({
  page,
}) => {
  await openReader(page, "/?topics=hamas-visits");
  const row = page.getByRole("region", { name: "Hamas in Moscow" });
  const toggle = row.getByRole("button", { name: /How each side frames it: Hamas in Moscow/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const panel = row.locator("#compare-hamas-visits");
  for (const heading of [
    "Both report",
    "Only in one",
    "Who is quoted or cited",
    "How it is framed",
    "Claims to trace",
  ]) {
    await expect(panel.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(panel.getByText(/Israeli foreign ministry/).first()).toBeVisible();
  await expect(panel.getByText(/Media Frames Corpus/)).toBeVisible();
  await expect(panel.getByText("Who is behind it?").first()).toBeVisible();
  await expect(panel.getByText(/does not say whether these claims are true/)).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toBeHidden();
  await toggle.click();

  // Every editorial item cites passages; a citation opens the full text at that passage.
  await panel.getByRole("link", { name: "report ¶15" }).first().click();
  await expect(page).toHaveURL(/view=full.*#news-p15$/);
  await expect(page.locator("#news-p15")).toBeInViewport();
});

test("the full text marks passages found only in one text, and can show only those", async ({ page }) => {
  await openReader(page, "/?view=full");
  const onlyHere = page.locator("[data-only-here]");
  expect(await onlyHere.count()).toBeGreaterThan(10);
  // news-p15 (Hamas delegations) carries a fact the opinion side shares.
  await expect(page.locator("[data-passage='news-p15']")).not.toHaveAttribute("data-only-here");
  await expect(page.locator("[data-passage='news-p15']").getByText("Only here")).toHaveCount(0);

  await page.getByRole("switch", { name: /Only here/ }).check();
  await expect(page).toHaveURL(/only=1/);
  await expect(page.locator("[data-passage='news-p15']")).toBeHidden();
  await expect(onlyHere.first()).toBeVisible();
});

test("language cues: toggled from the toolbar, marked in the text with a legend and a rate chart", async ({
  page,
}) => {
  await openReader(page, "/?view=full");
  await page.getByRole("switch", { name: "Language cues" }).check();
  await expect(page).toHaveURL(/cues=1/);
  const panel = page.getByRole("region", { name: "Language cues" });
  const table = panel.getByRole("table", { name: "Cues per 1,000 words" });
  // A server process analyses the texts once (seconds on a busy machine); the page fetched them ahead.
  await expect(table).toBeVisible({ timeout: 15_000 });
  await expect(table.getByRole("columnheader")).toHaveText([
    /Cue/,
    /News report/,
    /Opinion piece/,
    /Reader comments/,
  ]);
  await expect(table.getByRole("rowheader")).toHaveText([
    "Attribution",
    "Hedging",
    "Certainty",
    "Evaluative or loaded",
    "First person",
    "Rhetorical question",
  ]);
  // "Hard boiled Putin probably sees…": a hedge painted over the text, named for screen readers.
  const painted = () =>
    page.evaluate(() => [...(CSS.highlights.get("cue-hedge") ?? [])].map((r) => (r as Range).toString()));
  await expect.poll(painted).toContain("probably");
  await expect(page.locator("[data-passage='opinion-p2']")).toContainText(
    "Language cues: hedging “probably”.",
  );
  await expectNoAxeViolations(page, "full text with cues");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page, "full text with cues, dark");
  // A reload renders the same marks on the server, each with its name.
  await page.reload();
  const hedge = page.locator("[data-passage='opinion-p2'] .cue-hedge").first();
  await expect(hedge).toContainText("probably");
  await expect(hedge.locator(".sr-only")).toHaveText("[hedging] ");
  await expect(table).toBeVisible();
});

test("a link with cues on renders them on the server", async ({ request }) => {
  const html = await (await request.get("/?view=full&cues=1")).text();
  expect(html).toContain("Cues per 1,000 words");
  expect(html).toContain('class="cue-hedge"');
});

test("the timeline shows the texts' events with each text's date, filterable by topic", async ({ page }) => {
  await openReader(page, "/?view=timeline");
  const timeline = page.getByRole("region", { name: "Timeline: what each text could know" });
  await expect(timeline.getByText("The opinion piece is written (18 April 2021)")).toBeVisible();
  await expect(timeline.getByText("The news report is written (19 March 2024)")).toBeVisible();
  await expect(timeline.locator("time[datetime='2023-10-07']").first()).toBeVisible();
  // The overview axis labels the publication dates and 7 October 2023 clear of each other and of the dots.
  const axis = timeline.locator("svg[aria-hidden='true'] >> visible=true");
  await expect(axis).toHaveCount(1);
  const labels = await Promise.all(
    ["Opinion written", "News report written", "7 October 2023"].map((t) => axis.getByText(t).boundingBox()),
  );
  const dots = await Promise.all((await axis.locator("circle").all()).map((c) => c.boundingBox()));
  const apart = (a: Box, b: Box) =>
    a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
  for (const [i, label] of labels.entries()) {
    if (!label) throw new Error("an axis label is missing");
    for (const other of [...labels.slice(i + 1), ...dots])
      if (other) expect(apart(label, other), JSON.stringify([label, other])).toBe(true);
  }
  const all = await timeline.locator("ol > li:visible").count();
  await expect(timeline.getByText(/Before the news report; After the opinion piece/).first()).toBeVisible();

  await page.getByRole("checkbox", { name: /^Hamas in Moscow/ }).check();
  await expect(page).toHaveURL(/view=timeline&topics=hamas-visits/);
  const filtered = await timeline.locator("ol > li:visible").count();
  expect(filtered).toBeLessThan(all);
  await expect(timeline.getByText(/Hamas/).first()).toBeVisible();
  await expectNoAxeViolations(page, "timeline filtered");
});

test("the framing lens renders with the page: compare panels and the timeline", async ({ request }) => {
  const sharedFact = "Iran has a military presence in Syria, and Israel strikes Iranian targets there.";
  const topics = await (await request.get("/")).text();
  expect(topics).toMatch(/How each side frames it(<[^>]+>)?: Syria and deconfliction/);
  expect(topics).toContain(sharedFact);
  const timeline = await (await request.get("/?view=timeline")).text();
  expect(timeline).toContain("Timeline: what each text could know");
  expect(timeline).toContain("The opinion piece is written (18 April 2021)");
});

test("the framing lens prints: compare panels open in the handout", async ({ page }) => {
  await openReader(page, "/?topics=un-votes");
  await page.emulateMedia({ media: "print" });
  const panel = page.locator("#compare-un-votes");
  await expect(panel.getByRole("heading", { name: "Both report" })).toBeVisible();
  await expect(panel.getByRole("heading", { name: "Claims to trace" })).toBeVisible();
});

test.describe("framing lens on a phone", () => {
  test.use({ viewport: { width: 320, height: 720 }, isMobile: true, hasTouch: true });
  test("compare panel and timeline fit without horizontal scrolling, and pass axe in dark mode", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openReader(page, "/?topics=syria-deconfliction&cues=1");
    await expect(page.getByRole("button", { name: /How each side frames it/ })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, "phone, compare panel and cues, dark");
    await openReader(page, "/?view=timeline");
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    // The phone's own axis: fewer years across, so its labels are drawn at a readable size.
    const axes = page.locator("svg[aria-hidden='true'][viewBox^='0 0 ']");
    await expect(axes.locator("visible=true")).toHaveCount(1);
    const label = axes.locator("visible=true").getByText("News report written");
    expect((await label.boundingBox())?.height).toBeGreaterThanOrEqual(9);
    await expectNoAxeViolations(page, "phone, timeline, dark");
  });
});

test("the comments' own dates: in the thread, in the timing note, and editor-dated events marked", async ({
  page,
}) => {
  await openReader(page, "/?view=full");
  const opinion = page.getByRole("region", { name: /Can Russia be induced to use its UN veto/ });
  await expect(
    opinion.getByText(
      "The reader comments run from 2021 to April 2024: comment 1 dates itself April 2024, after the news report, and after the 7 October 2023 Hamas attack on Israel.",
    ),
  ).toBeVisible();
  await opinion.getByText("Reader comments (9)").click();
  const first = opinion.getByRole("listitem", { name: "Comment 1" });
  await expect(first.getByText(/dates itself April 2024/)).toBeVisible();
  await expect(first.locator("time[datetime='2024-04']")).toBeVisible();
  await expect(opinion.getByRole("listitem", { name: "Comment 2" }).getByText(/dates itself/)).toHaveCount(0);

  await openReader(page, "/?view=timeline");
  const moscow = page.getByRole("listitem").filter({ hasText: "Islamist attack kills civilians in Moscow" });
  await expect(moscow.getByText("(date from the record, not given in the texts)")).toBeVisible();
});
