import { expect, test } from "@playwright/test";
import { highlighted } from "./highlights";
import { openReader } from "./open-reader";

const NEWS = "Israel Faces Tough Balancing Act on Russia and the West";
const OPINION = /Can Russia be induced to use its UN veto/;

test("the topic view aligns each topic's passages from both sides, with summaries and context links", async ({
  page,
}) => {
  await openReader(page, "/");
  const rows = page.locator("[data-row]");
  await expect(rows).toHaveCount(11);
  await page
    .getByRole("region", { name: "Hamas in Moscow" })
    .getByRole("link", { name: /Read the \d+ passages side by side/ })
    .click();
  await expect(page).toHaveURL(/\?topics=hamas-visits$/);
  await expect(page.locator("[data-ready]")).toBeAttached();
  const hamas = page.getByRole("region", { name: "Hamas in Moscow" });
  await expect(hamas.getByRole("heading", { name: /News report · The New York Times/i })).toBeVisible();
  await expect(
    hamas.getByText(/Russia hosted a Hamas delegation in Moscow, which the Israeli foreign ministry/),
  ).toBeVisible();
  await expect(hamas.getByText("Hamas went to the Kremlin March 2 for a meeting")).toBeVisible();
  // The row shows each side's first passages; the rest on request.
  await hamas.getByRole("button", { name: /Show all \d+ passages/ }).click();
  await expect(hamas.getByText("Comment 7", { exact: true }).first()).toBeVisible();
  // Each source's summary heads the row, in the compare panel.
  await expect(
    hamas.getByRole("heading", { name: "What each says" }).locator("..").getByText("Reader comments"),
  ).toBeVisible();
  // Both document cards head the view, with genre and date; how far apart they were written under "About".
  await page.getByText("About this text and its authors").nth(1).click();
  await expect(
    page
      .getByText(
        "Written 2 years and 11 months before the news report, and before the 7 October 2023 Hamas attack on Israel.",
      )
      .locator("visible=true"),
  ).toBeVisible();

  await hamas
    .getByRole("link", { name: /Read in context \(comment 7\)/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\?view=full#comment-7-p2$/);
  const target = page.locator("#comment-7-p2");
  await expect(target).toBeInViewport();
  // Keyboard and screen-reader users land on the passage, not back at the top of the page.
  await expect(target).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: /same fact|No counterpart/ })).toBeVisible();
});

test("switching views updates the URL, and back and forward restore them", async ({ page }) => {
  await openReader(page, "/");
  await page.getByRole("button", { name: "Full text" }).click();
  await expect(page).toHaveURL(/\?view=full$/);
  await expect(page.getByRole("region", { name: NEWS })).toBeVisible();
  await expect(page.getByRole("region", { name: OPINION })).toBeVisible();
  await expect(page.getByRole("button", { name: "Full text" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("checkbox", { name: /^Iran/ }).check();
  await expect(page).toHaveURL(/\?view=full&topics=iran$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?view=full$/);
  await expect(page.getByRole("checkbox", { name: /^Iran/ })).not.toBeChecked();
  await page.goBack();
  await expect(page.locator("[data-row]").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "By topic" })).toHaveAttribute("aria-pressed", "true");
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole("checkbox", { name: /^Iran/ })).toBeChecked();
});

test("the full text keeps each document in order with topic markers; comments are a collapsible thread", async ({
  page,
}) => {
  await openReader(page, "/?view=full");
  const news = page.getByRole("region", { name: NEWS });
  const first = news.locator("[data-passage]").first();
  await expect(first).toHaveAttribute("data-passage", "news-p1");
  await expect(
    news.locator("[data-passage='news-p4']").getByText("Syria and deconfliction", { exact: true }),
  ).toBeVisible();

  const opinion = page.getByRole("region", { name: OPINION });
  const toggle = opinion.getByRole("button", { name: /Reader comments \(9\)/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(opinion.getByRole("listitem", { name: "Comment 9" })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(opinion.getByRole("listitem", { name: /^Comment \d$/ })).toHaveCount(9);
  // The op-ed pasted into comment 9 is marked as quoted material.
  await expect(opinion.locator("[data-passage='comment-9-p2'] blockquote")).toBeVisible();
});

test("selecting a passage highlights the same fact on the other side and brings it into view", async ({
  page,
}) => {
  await openReader(page, "/?view=full");
  const passage = page.locator("[data-passage='opinion-p21']");
  await passage
    .getByRole("button", { name: /Compare.*the same fact on the other side \(Hamas in Moscow\)/ })
    .click();
  const counterpart = page.locator("[data-passage='news-p15']");
  await expect(counterpart).toBeInViewport();
  await expect(counterpart).toHaveCSS("background-color", "rgb(254, 243, 199)");
  await expect(
    page.getByRole("status").filter({ hasText: "1 passage on the other side carries the same fact" }),
  ).toBeVisible();
  await expect(passage.getByRole("button", { name: /Comparing/ })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "Clear selection" }).click();
  await expect(counterpart).not.toHaveCSS("background-color", "rgb(254, 243, 199)");
});

test("search highlights matches in both texts and reports the counts", async ({ page }) => {
  await openReader(page, "/?view=full");
  await page.getByLabel("Search both texts").fill("Lavrov");
  await expect(page).toHaveURL(/q=Lavrov/);
  await expect(
    page.getByRole("status").filter({ hasText: /1 match: 0 in the news report, 1 in the opinion piece/ }),
  ).toBeVisible();
  await page.getByLabel("Search both texts").fill("Hamas");
  await expect(page).toHaveURL(/q=Hamas/);
  await expect(page.getByRole("status").filter({ hasText: /^\d+ matches: / })).toBeAttached();
  const marks = await highlighted(page);
  expect(marks.every((m) => m.text === "Hamas")).toBe(true);
  expect(marks.filter((m) => m.side === "news").length).toBeGreaterThan(3);
  expect(marks.filter((m) => m.side === "opinion").length).toBeGreaterThan(3);
  // A search opens the comment thread so matches there are visible.
  await expect(page.locator("[data-passage='comment-7-p3']")).toBeVisible();
  expect(marks.some((m) => m.passage === "comment-7-p3")).toBe(true);
});

test("a link with a malformed fragment opens the full text instead of breaking the page", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await openReader(page, "/?view=full#%E0%A4%A");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("#news-p1")).toBeVisible();
  await page.reload();
  await expect(page.locator("[data-ready]")).toBeAttached();
  await expect(page.locator("#news-p1")).toBeVisible();
  expect(errors).toEqual([]);
});
