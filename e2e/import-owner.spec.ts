import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { bearer, createClass } from "./class-api";
import { OPINION, REPORT } from "./fixtures/articles";
import { openReader } from "./open-reader";

async function importOne(request: APIRequestContext, title: string) {
  const created = await request.post("/api/comparisons", {
    data: { title, documents: [REPORT, { ...OPINION, url: null }] },
  });
  expect(created.status()).toBe(201);
  return (await created.json()) as { slug: string; editKey: string };
}

async function enterKey(page: Page, key: string) {
  const form = page.getByRole("form", { name: "Enter your edit key" });
  await form.getByLabel("Edit key").fill(key);
  await form.getByRole("button", { name: "Use this key" }).click();
}

test("a browser without the key reads only, and entering the key enables editing", async ({
  page,
  request,
}) => {
  const { slug, editKey } = await importOne(request, "Another device");
  await openReader(page, `/compare/${slug}`);
  await expect(page.getByText("Imported texts, aligned automatically")).toBeVisible();
  await expect(page.getByRole("link", { name: "Correct the alignment or delete" })).toHaveCount(0);

  await page.goto(`/compare/${slug}/edit`);
  await expect(page.getByRole("heading", { name: "Read only in this browser" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Enter your edit key" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save corrections" })).toHaveCount(0);
  await expect(page.locator("[data-passage-editor]")).toHaveCount(0);
  await expectNoAxeViolations(page, "edit page without the key");

  await enterKey(page, "my key?");
  await expect(page.getByText("An edit key is 43 characters")).toBeVisible();
  await enterKey(page, "k".repeat(43));
  const field = page.getByRole("form", { name: "Enter your edit key" }).getByLabel("Edit key");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("That is not this comparison's edit key")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save corrections" })).toHaveCount(0);
  await expectNoAxeViolations(page, "edit page with a wrong key");

  await enterKey(page, `  ${editKey} `);
  await expect(page.getByRole("button", { name: "Save corrections" })).toBeVisible();
  await expect(page.locator("[data-passage-editor]").first()).toBeVisible();
  await page.goto("/comparisons");
  await expect(
    page.getByRole("region", { name: "Your imports" }).getByRole("link", { name: "Another device" }),
  ).toBeVisible();
  await openReader(page, `/compare/${slug}`);
  await expect(page.getByRole("link", { name: "Correct the alignment or delete" })).toBeVisible();
  await request.delete(`/api/comparisons/${slug}`, { headers: bearer(editKey) });
});

test("the delete warning names the class activities that use the comparison", async ({ page, request }) => {
  const { slug, editKey } = await importOne(request, "Used in class");
  const cls = await createClass(request, { comparison: slug, title: "Period 2" });
  await page.goto(`/compare/${slug}/edit`);
  await enterKey(page, editKey);
  await page.getByRole("button", { name: "Delete this comparison…" }).click();
  const warning = page.locator("[data-delete-warning]");
  await expect(warning).toContainText("1 class activity uses this comparison.");
  await expect(warning).toContainText("students' work is never removed with a comparison");
  await expect(page.getByRole("button", { name: "Yes, delete this comparison" })).toHaveCount(0);
  await expectNoAxeViolations(page, "delete refused while a class uses it");
  await warning.getByRole("button", { name: "Close" }).click();

  expect(
    (await request.delete(`/api/classes/${cls.id}`, { headers: bearer(cls.teacherToken) })).status(),
  ).toBe(204);
  await page.reload();
  await page.getByRole("button", { name: "Delete this comparison…" }).click();
  await expect(page.locator("[data-delete-warning]")).toContainText("No class activity uses it.");
  await page.getByRole("button", { name: "Yes, delete this comparison" }).click();
  await page.waitForURL(/\/comparisons$/);
  await expect(page.getByRole("link", { name: "Used in class" })).toHaveCount(0);
  expect((await request.get(`/api/comparisons/${slug}`)).status()).toBe(404);
});
