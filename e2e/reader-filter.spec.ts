import { expect, test } from "@playwright/test";
import { openReader } from "./open-reader";

test("each topic shows how many passages each source has on it", async ({ page }) => {
  await openReader(page, "/");
  await expect(page.getByRole("checkbox", { name: /^The UN: votes, vetoes and positions/ })).toBeVisible();
  const label = page.locator("label[for='filter-un-votes']");
  await expect(label).toContainText("News report 3 · Opinion 4 · Comments 6");
  await expect(page.locator("label[for='filter-trade-tech']")).toContainText(
    "News report 0 · Opinion 3 · Comments 4",
  );
});

test("choosing topics filters both views and lives in the URL", async ({ page }) => {
  await openReader(page, "/");
  await page.getByRole("checkbox", { name: /^The UN: votes/ }).check();
  await page.getByRole("checkbox", { name: /^Hamas in Moscow/ }).check();
  await expect(page).toHaveURL(/\?topics=un-votes,hamas-visits$/);
  await expect(page.locator("[data-row]:visible")).toHaveCount(2);
  await expect(page.getByText("Showing 2 of 11 topics.")).toBeVisible();

  await page.getByRole("button", { name: "Full text" }).click();
  await expect(page).toHaveURL(/\?view=full&topics=un-votes,hamas-visits$/);
  await expect(page.locator("[data-passage='news-p11']")).toBeVisible();
  await expect(page.locator("[data-passage='news-p15']")).toBeVisible();
  await expect(page.locator("[data-passage='news-p1']")).toBeHidden();

  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(page).toHaveURL(/\?view=full$/);
  await expect(page.locator("[data-passage='news-p1']")).toBeVisible();
});

test("a box ticked before the page is ready still filters once it is", async ({ page }) => {
  // The reader's scripts load after its first paint; hold them back while the box is ticked.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/?view=full", { waitUntil: "commit" });
  await page.getByRole("checkbox", { name: /^Hamas in Moscow/ }).check();
  await expect(page.locator("[data-reader][data-ready]")).toHaveCount(0);
  release();
  await expect(page.locator("[data-reader][data-ready]")).toBeAttached();
  await expect(page).toHaveURL(/\?view=full&topics=hamas-visits$/);
  await expect(page.locator("[data-passage='news-p1']")).toBeHidden();
  await expect(page.getByRole("checkbox", { name: /^Hamas in Moscow/ })).toBeChecked();
});

test("the both-sides switch keeps only topics every side covers", async ({ page }) => {
  await openReader(page, "/");
  await page.getByRole("switch", { name: "Only topics both sides cover" }).check();
  await expect(page).toHaveURL(/\?both=1$/);
  await expect(page.locator("[data-row='regional-broker']")).toBeHidden();
  await expect(page.locator("[data-row='trade-tech']")).toBeHidden();
  await expect(page.locator("[data-row='un-votes']")).toBeVisible();
  await expect(page.locator("[data-row]:visible")).toHaveCount(9);
});

test("a shared link opens exactly that view, rendered on the server", async ({ page, request }) => {
  const url = "/?view=full&topics=hamas-visits&q=Kremlin";
  const html = await (await request.get(url)).text();
  expect(html).toMatch(/aria-pressed="true"[^>]*>Full text/);
  expect(html).toMatch(
    /<style>[^<]*\[data-row\]:not\(\[data-row~="hamas-visits"\]\),\[data-passage\]:not\(\[data-topics~="hamas-visits"\]\)/,
  );
  expect(html).toContain("<mark");
  // Counted in the passages the filter shows (7 in the whole text).
  expect(html).toContain(
    "2 matches in the passages shown: 0 in the news report, 2 in the opinion piece and its comments.",
  );

  await openReader(page, url);
  await expect(page.getByRole("checkbox", { name: /^Hamas in Moscow/ })).toBeChecked();
  await expect(page.getByRole("button", { name: "Full text" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByLabel("Search both texts")).toHaveValue("Kremlin");
  await expect(page.locator("[data-passage='opinion-p21']")).toBeVisible();
  await expect(page.locator("[data-passage='opinion-p1']")).toBeHidden();
});

test("unknown topics in a link are ignored, not an error", async ({ page }) => {
  const response = await openReader(page, "/?topics=not-a-topic,iran&view=sideways");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("checkbox", { name: /^Iran/ })).toBeChecked();
  await expect(page.getByRole("button", { name: "By topic" })).toHaveAttribute("aria-pressed", "true");
});

test("the filter works by keyboard alone, with visible focus", async ({ page }) => {
  await openReader(page, "/");
  const target = page.locator("#filter-un-votes");
  for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
  const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/\?topics=un-votes$/);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/\?topics=un-votes,hamas-visits$/);
});
