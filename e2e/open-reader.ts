import { expect, type Page } from "@playwright/test";

/** Opens a reader URL and waits until React has hydrated it, so clicks reach the app. */
export async function openReader(page: Page, url: string) {
  const response = await page.goto(url);
  await expect(page.locator("[data-ready]")).toBeAttached();
  return response;
}
