import { expect, type Page, test } from "@playwright/test";
import { highlighted } from "./highlights";
import { openReader } from "./open-reader";

/**
 * The search's count: one unit everywhere (each match in the text once, however many topic rows show
 * its passage), the same typed as loaded from the URL, and a toolbar that does not move as it changes.
 */

const status = (page: Page) => page.locator("#reader-search-status");
const position = (page: Page) => page.locator("[data-match-position]");

async function typeQuery(page: Page, query: string) {
  await page.getByLabel("Search both texts").pressSequentially(query);
  await expect(page).toHaveURL(new RegExp(`q=${query}`), { timeout: 15_000 });
  await expect(status(page)).toContainText(/^\d+ match/);
}

for (const url of ["/?topics=iran", "/", "/?topics=un-votes", "/?view=full&topics=iran", "/?view=full"]) {
  test(`typing says what loading the same URL says: ${url}`, async ({ page }) => {
    await openReader(page, url);
    await typeQuery(page, "veto");
    // veto is in the UN topic only: a count of the passages shown, not of the whole text.
    const typed = await status(page).textContent();
    expect(typed).toMatch(url.includes("iran") ? /^0 matches/ : /^2 matches/);
    const direct = `${url}${url.includes("?") ? "&" : "?"}q=veto`;
    // The server's HTML first, then the page once hydrated.
    const html = await (await page.request.get(direct)).text();
    expect(html).toContain((typed ?? "").split(".")[0]);
    await openReader(page, direct);
    await expect(status(page)).toHaveText(typed ?? "");
  });
}

test("the count, the announcement and Match k of n count each match once", async ({ page }) => {
  await openReader(page, "/");
  await typeQuery(page, "veto");
  // opinion-p39 and comment-2-p2 each appear in two topic rows: four highlights, two matches.
  expect(await highlighted(page)).toHaveLength(4);
  await expect(status(page)).toHaveAttribute("role", "status");
  await expect(status(page)).toContainText(/^2 matches: 0 in the news report, 2 in the opinion/);
  const box = page.getByLabel("Search both texts");
  const seen: (string | null)[] = [];
  for (const k of [1, 2]) {
    await box.press("Enter");
    await expect(position(page)).toHaveText(`Match ${k} of 2`);
    const [current] = await highlighted(page, "search-current");
    expect(current?.inViewport).toBe(true);
    seen.push(current?.passage ?? null);
  }
  expect(new Set(seen).size).toBe(2);
  await box.press("Enter");
  await expect(position(page)).toHaveText("Match 1 of 2");
  await box.press("Shift+Enter");
  await expect(position(page)).toHaveText("Match 2 of 2");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the full text steps to a match on the side not shown, switching to it", async ({ page }) => {
    await openReader(page, "/?view=full&q=veto");
    await expect(status(page)).toContainText(/^2 matches/);
    await page.getByRole("button", { name: "Next match" }).click();
    await expect(position(page)).toHaveText("Match 1 of 2");
    await expect(page).toHaveURL(/side=opinion/);
    await expect.poll(async () => (await highlighted(page, "search-current"))[0]?.inViewport).toBe(true);
  });
});

for (const [device, viewport] of [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  for (const url of ["/?topics=iran", "/?view=full&topics=iran", "/"]) {
    test(`the search box stays put as the count appears and changes: ${device}, ${url}`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport, isMobile: device === "phone" });
      const page = await context.newPage();
      await openReader(page, url);
      const input = page.getByLabel("Search both texts");
      // In the page's coordinates (Enter scrolls to a match), and the toolbar's height.
      const layout = () =>
        input.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const bar = el.closest("search")?.parentElement?.getBoundingClientRect();
          return { x: box.x, y: box.y + window.scrollY, width: box.width, toolbar: bar?.height };
        });
      const before = await layout();
      await input.pressSequentially("v");
      // The status line opens with the first character, then keeps its room.
      const typing = await layout();
      expect({ ...typing, toolbar: 0 }).toEqual({ ...before, toolbar: 0 });
      for (const key of ["e", "t", "o"]) {
        await input.press(key);
        expect(await layout()).toEqual(typing);
      }
      await expect(status(page)).toContainText(/^\d+ match/);
      expect(await layout()).toEqual(typing);
      await input.press("Enter");
      expect(await layout()).toEqual(typing);
      await context.close();
    });
  }
}
