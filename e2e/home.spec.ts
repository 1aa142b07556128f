import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { openReader } from "./open-reader";

test("the home page shows both texts, the comments and their metadata, server-rendered", async ({
  page,
  request,
}) => {
  const html = await (await request.get("/")).text();
  expect(html).toContain("Israel Faces Tough Balancing Act on Russia and the West");
  expect(html).toContain("Can Russia be induced to use its UN veto to protect Israel");

  await openReader(page, "/?view=full");
  const news = page.getByRole("region", { name: "Israel Faces Tough Balancing Act on Russia and the West" });
  const opinion = page.getByRole("region", { name: /Can Russia be induced to use its UN veto/ });
  await expect(news).toBeVisible();
  await expect(opinion).toBeVisible();
  await expect(news.getByText("News report", { exact: true })).toBeVisible();
  await expect(news.getByText("By Steven Erlanger and Adam Sella")).toBeVisible();
  await expect(news.locator("time").first()).toHaveAttribute("datetime", "2024-03-19");
  await expect(opinion.getByText("Opinion", { exact: true })).toBeVisible();
  await expect(opinion.locator("time").first()).toHaveAttribute("datetime", "2021-04-18");
  await expect(news.getByText(/Photo caption/)).toBeVisible();
  await expect(opinion.getByRole("heading", { name: "Pragmatic Reasons" })).toBeVisible();

  await opinion.getByText("Reader comments (9)").click();
  await expect(opinion.getByRole("listitem", { name: /^Comment \d$/ })).toHaveCount(9);
  await expect(page.getByText("Leave a Reply")).toHaveCount(0);
});

test("the home page has no axe violations", async ({ page }) => {
  await openReader(page, "/");
  await expectNoAxeViolations(page, "on the home page");
});
