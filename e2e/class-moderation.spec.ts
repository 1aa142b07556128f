import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { bearer, clientId, createClass, join } from "./class-api";
import { openReader } from "./open-reader";

async function openDashboard(page: Page, id: string, token: string) {
  await openReader(page, `/classes/${id}/teach#token=${token}`);
  await expect(page.locator('[data-stat="joined"]')).toBeVisible();
}

test("the created page keeps the teacher link hidden until Show is clicked", async ({ page }) => {
  await openReader(page, "/classes/new?comparison=israel-russia");
  await page.getByLabel("Title of the activity").fill("Period 5");
  await page.getByRole("button", { name: "Start the activity" }).click();
  await expect(page.locator("[data-join-code]")).toBeVisible({ timeout: 15_000 });
  // What a projector shows: the code, and no token anywhere on the page.
  await expect(page.locator("body")).not.toContainText("#token=");
  expect(
    await page.locator("input").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
  ).not.toContainEqual(expect.stringContaining("token="));
  const show = page.getByRole("button", { name: "Show the teacher link" });
  await expect(show).toHaveAttribute("aria-expanded", "false");
  await show.click();
  const link = page.getByRole("textbox", { name: "Teacher link" });
  await expect(link).toHaveValue(/\/classes\/[\w-]+\/teach#token=[\w-]{43}$/);
  await expect(page.getByRole("button", { name: "Hide the teacher link" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expectNoAxeViolations(page, "created, link shown");
  await page.getByRole("button", { name: "Hide the teacher link" }).click();
  await expect(link).toHaveCount(0);
  // The dashboard opens from this browser's stored key: no token in the address bar at any point.
  await page.getByRole("button", { name: "Open the dashboard" }).click();
  await page.waitForURL(/\/classes\/[\w-]+\/teach$/);
  await expect(page.getByRole("heading", { level: 1, name: "Period 5" })).toBeVisible();
});

test("the teacher removes a student with their work; others stay", async ({ page, request }) => {
  const cls = await createClass(request);
  const ana = await join(request, cls.joinCode, "Ana");
  const bo = await join(request, cls.joinCode, "Bo");
  for (const s of [ana, bo]) {
    const tag = await request.post(`/api/classes/${cls.id}/responses`, {
      headers: bearer(s.studentToken),
      data: { passageId: "news-p1", label: "fact", clientId: clientId() },
    });
    expect(tag.status()).toBe(201);
  }
  await openDashboard(page, cls.id, cls.teacherToken);
  const students = page.getByRole("region", { name: "Students" });
  await expect(students.locator("[data-student]")).toHaveCount(2);
  await expect(students.locator("[data-capacity]")).toHaveText("2 of 100 places taken.");
  await students.getByRole("button", { name: "Remove Ana", exact: true }).click();
  await expect(students.getByText("Remove Ana? Their 1 tag and 0 answers will be deleted")).toBeVisible();
  await expect(students.getByRole("button", { name: "Yes, remove Ana" })).toBeFocused();
  await expectNoAxeViolations(page, "dashboard, removing a student");
  await students.getByRole("button", { name: "Cancel" }).click();
  await expect(students.locator("[data-student]")).toHaveCount(2);
  await students.getByRole("button", { name: "Remove Ana", exact: true }).click();
  await students.getByRole("button", { name: "Yes, remove Ana" }).click();
  await expect(students.getByRole("status")).toHaveText("Ana was removed with their work.");
  await expect(students.locator("[data-student]")).toHaveCount(1);
  await expect(students.locator('[data-student="Bo"]')).toBeVisible();
  await expect(page.locator('[data-stat="tags"]')).toHaveText("1");
  expect(
    (await request.get(`/api/classes/${cls.id}/me`, { headers: bearer(ana.studentToken) })).status(),
  ).toBe(401);
  expect(
    (await request.get(`/api/classes/${cls.id}/me`, { headers: bearer(bo.studentToken) })).status(),
  ).toBe(200);
});

test("the teacher caps the class, makes a new teacher link and forgets this device", async ({
  page,
  request,
}) => {
  const cls = await createClass(request);
  await join(request, cls.joinCode, "Ana");
  await openDashboard(page, cls.id, cls.teacherToken);
  const students = page.getByRole("region", { name: "Students" });
  await students.getByLabel(/Students allowed/).fill("1");
  await students.getByRole("button", { name: "Save the number of students allowed" }).click();
  await expect(students.locator("[data-capacity]")).toContainText("1 of 1 place taken. The class is full");
  const full = await request.post("/api/classes/join", { data: { joinCode: cls.joinCode, name: "Bo" } });
  expect(full.status()).toBe(409);

  const key = page.getByRole("region", { name: "Your teacher link" });
  await expect(key.getByRole("textbox", { name: "Teacher link" })).toHaveCount(0);
  await key.getByRole("button", { name: "Make a new teacher link…" }).click();
  await expectNoAxeViolations(page, "dashboard, new link confirmation");
  await key.getByRole("button", { name: "Yes, make a new link" }).click();
  await expect(key.getByText("A new teacher link is ready and the old one no longer works.")).toBeVisible();
  const dashboard = `/api/classes/${cls.id}/dashboard`;
  expect((await request.get(dashboard, { headers: bearer(cls.teacherToken) })).status()).toBe(401);
  await key.getByRole("button", { name: "Show the teacher link" }).click();
  const link = await key.getByRole("textbox", { name: "Teacher link" }).inputValue();
  const fresh = /#token=([\w-]{43})$/.exec(link)?.[1] ?? "";
  expect(fresh).not.toBe(cls.teacherToken);
  expect((await request.get(dashboard, { headers: bearer(fresh) })).status()).toBe(200);
  // The page goes on with the new key (it polls every 3 s).
  await page.waitForTimeout(3500);
  await expect(page.locator('[data-stat="joined"]')).toHaveText("1");
  expect(await page.evaluate((id) => localStorage.getItem(`parallax:class:${id}:teacher`), cls.id)).toBe(
    fresh,
  );

  await key.getByRole("button", { name: "Forget this device…" }).click();
  await key.getByRole("button", { name: "Yes, forget it here" }).click();
  await expect(page.getByText("This browser no longer holds the teacher link")).toBeVisible();
  expect(
    await page.evaluate((id) => localStorage.getItem(`parallax:class:${id}:teacher`), cls.id),
  ).toBeNull();
  await page.reload();
  await expect(page.getByText("This browser has no key for this activity")).toBeVisible();
});
