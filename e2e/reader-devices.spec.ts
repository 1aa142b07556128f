import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { highlighted } from "./highlights";
import { openReader } from "./open-reader";

const NEWS = "Israel Faces Tough Balancing Act on Russia and the West";
const OPINION = /Can Russia be induced to use its UN veto/;

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 320, height: 720 }, hasTouch: true, isMobile: true });

  test("the topic view stacks both sides with their labels, without horizontal scrolling", async ({
    page,
  }) => {
    await openReader(page, "/?topics=un-votes");
    await expectNoHorizontalScroll(page);
    const row = page.getByRole("region", { name: "The UN: votes, vetoes and positions" });
    const [news, opinion] = [
      row.getByRole("heading", { name: /^News report · /i, level: 3 }),
      row.getByRole("heading", { name: /^Opinion · /i, level: 3 }),
    ];
    const newsBox = await news.boundingBox();
    const opinionBox = await opinion.boundingBox();
    expect(opinionBox?.y ?? 0).toBeGreaterThan((newsBox?.y ?? 0) + 50);
    // The filter is one tap away.
    await page.getByRole("button", { name: /Topics \(1 selected\)/ }).click();
    await expect(page.getByRole("checkbox", { name: /^Iran/ })).toBeVisible();
  });

  test("the full text shows one source at a time, with a switch", async ({ page }) => {
    await openReader(page, "/?view=full");
    await expectNoHorizontalScroll(page);
    await expect(page.getByRole("region", { name: NEWS })).toBeVisible();
    await expect(page.getByRole("region", { name: OPINION })).toBeHidden();
    await page.getByRole("button", { name: "Opinion + comments" }).click();
    await expect(page).toHaveURL(/side=opinion/);
    await expect(page.getByRole("region", { name: OPINION })).toBeVisible();
    await expect(page.getByRole("region", { name: NEWS })).toBeHidden();
    await expectNoHorizontalScroll(page);
  });

  test("selecting a passage switches to the other source and shows its counterpart", async ({ page }) => {
    await openReader(page, "/?view=full");
    await page
      .locator("[data-passage='news-p15']")
      .getByRole("button", { name: /Compare/ })
      .click();
    await expect(page.getByRole("region", { name: OPINION })).toBeVisible();
    await expect(page.locator("[data-passage='opinion-p20']")).toBeInViewport();
  });

  test("Compare ⇄ leaves a one-line bar under the passage it lands on, focused, with a way back", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReader(page, "/?view=full");
    const compare = page.locator("[data-compare='news-p15']");
    await compare.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/side=opinion/);
    const bar = page.getByRole("region", { name: "Compare" });
    const landed = page.locator("[data-passage='opinion-p21']");
    // Focus is on the bar (announced, its buttons next), not on <body> under the hidden button.
    await expect(bar).toBeFocused();
    await expect(bar.getByRole("status")).toContainText(
      "4 passages on the other side carry the same fact, highlighted",
    );
    await expect(bar.getByRole("status")).toContainText("Showing opinion ¶21, 1 of 4.");
    await expect(landed).toBeInViewport();
    const [barBox, landedBox] = [await bar.boundingBox(), await landed.boundingBox()];
    if (!barBox || !landedBox) throw new Error("bar and passage on screen");
    expect(barBox.height).toBeLessThanOrEqual(60);
    expect(landedBox.y).toBeGreaterThanOrEqual(0);
    expect(landedBox.y + landedBox.height).toBeLessThanOrEqual(barBox.y);
    // Its reasons are one tap away.
    await bar.getByRole("button", { name: /Same fact · 1 of 4/ }).click();
    await expect(bar.getByText("Both report:")).toBeVisible();
    await bar.getByRole("button", { name: /Same fact/ }).click();
    await bar.focus();
    // Back: the first side again, focus on the button that was pressed; Escape closes the bar.
    for (const name of [/Same fact/, "Previous", "Next", "Back to selected passage"]) {
      await page.keyboard.press("Tab");
      await expect(bar.getByRole("button", { name })).toBeFocused();
    }
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/side=news/);
    await expect(compare).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(bar).toBeHidden();
    await expect(compare).toBeFocused();
  });

  // Two tests, so each axe run (the topic view's open panels make it longer) has its own time budget.
  test("has no axe violations: full text, light", async ({ page }) => {
    await openReader(page, "/?view=full");
    await expectNoAxeViolations(page, "phone, full text, light");
  });
  test("has no axe violations: topic view, dark", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openReader(page, "/");
    await expectNoAxeViolations(page, "phone, topic view, dark");
  });
});

test("printing a topic view gives a handout: both sides per topic, citations and link, no controls", async ({
  page,
}) => {
  await openReader(page, "/?topics=hamas-visits");
  await page.emulateMedia({ media: "print" });
  const header = page.getByTestId("print-header");
  await expect(header).toBeVisible();
  await expect(header).toContainText("Parallax handout · Hamas in Moscow");
  await expect(header).toContainText(
    "Steven Erlanger and Adam Sella. “Israel Faces Tough Balancing Act on Russia and the West.” The New York Times (news report). 19 March 2024.",
  );
  await expect(header).toContainText("Ted Belman and Alex Maistrovoy.");
  await expect(header).toContainText(/View online: http:\/\/127\.0\.0\.1:\d+\/\?topics=hamas-visits/);
  await expect(page.getByLabel("Search both texts")).toBeHidden();
  await expect(page.getByRole("button", { name: "Full text" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Parallax" })).toBeHidden();
  await expect(page.getByRole("link", { name: /Read in context/ }).first()).toBeHidden();
  const row = page.getByRole("region", { name: "Hamas in Moscow" });
  await expect(row.getByRole("heading", { name: "News report · The New York Times" })).toBeVisible();
  await expect(row.getByRole("heading", { name: "Opinion · Israpundit" })).toBeVisible();
  await expect(page.locator("[data-row]:visible")).toHaveCount(1);
});

test("a handout printed after filtering names the topics shown, not those the page opened with", async ({
  page,
}) => {
  await openReader(page, "/");
  await page.getByRole("checkbox", { name: /^Hamas in Moscow/ }).check();
  await page.getByRole("checkbox", { name: /^Iran/ }).check();
  await expect(page).toHaveURL(/topics=/);
  await page.emulateMedia({ media: "print" });
  const header = page.getByTestId("print-header");
  await expect(header).toContainText("Parallax handout · Hamas in Moscow, Iran");
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Clear all" }).click();
  await page.emulateMedia({ media: "print" });
  await expect(header).toContainText("Parallax handout · all topics");
});

test("dark mode follows the system, and a chosen theme persists", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openReader(page, "/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");

  const toggle = page.getByRole("button", { name: /Theme: system/ });
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: /Theme: dark/ })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: /Theme: dark/ })).toBeVisible();
});

/** One test per state, so each axe run has its own time budget and they run in parallel. */
const AXE_STATES: [string, string, ((page: Page) => Promise<void>)?][] = [
  ["overview", "/"],
  ["topic rows with their passages and cues", "/?topics=un-votes,hamas-visits&cues=1"],
  ["timeline", "/?view=timeline"],
  ["full text filtered with search", "/?view=full&topics=un-votes,hamas-visits&q=Russia"],
  [
    "full text with a selection",
    "/?view=full&topics=un-votes,hamas-visits&q=Russia",
    async (page) => {
      await page
        .locator("[data-passage='news-p11']")
        .getByRole("button", { name: /Compare/ })
        .click();
      await expect(page.getByRole("status").filter({ hasText: /same fact|No counterpart/ })).toBeVisible();
    },
  ],
  ["both sides only", "/?both=1"],
  [
    "search at a current match",
    "/?q=Hamas",
    async (page) => {
      await page.getByRole("button", { name: "Next match" }).click();
      await expect(page.locator("[data-match-position]")).toHaveText(/^Match 1 of \d+$/);
      expect(await highlighted(page, "search-current")).toHaveLength(1);
    },
  ],
];

for (const [device, viewport] of [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test.describe(`axe on ${device}`, () => {
    test.use({ viewport, isMobile: device === "phone", hasTouch: device === "phone" });
    for (const scheme of ["light", "dark"] as const) {
      for (const [state, url, act] of AXE_STATES) {
        test(`no violations: ${state}, ${scheme}`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          await openReader(page, url);
          await act?.(page);
          await expectNoAxeViolations(page, `${device}, ${state}, ${scheme}`);
        });
      }
    }
  });
}
