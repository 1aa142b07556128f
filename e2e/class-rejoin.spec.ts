import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { bearer, clientId, createClass } from "./class-api";
import { openReader } from "./open-reader";

/** Where screenshots go for a human to look at (never compared). */
const SHOTS = process.env.E2E_SHOTS;

async function joinWith(page: Page, code: string, fields: { name?: string; resumeCode?: string }) {
  await openReader(page, "/join");
  await page.getByLabel("Join code").fill(code);
  if (fields.resumeCode) {
    await page.getByText("Joined before on another device?").click();
    await page.getByLabel("Resume code (optional)").fill(fields.resumeCode);
    await expect(page.getByLabel("Your name")).toBeDisabled();
    await page.getByRole("button", { name: "Take my seat back" }).click();
  } else {
    await page.getByLabel("Your name").fill(fields.name ?? "");
    await page.getByRole("button", { name: "Join", exact: true }).click();
  }
  await page.waitForURL(/\/classes\/[\w-]+\/student$/);
  await expect(page.locator("[data-ready]")).toBeAttached();
}

test("a student rejoins: the same browser gets its seat back, another device uses the resume code", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const cls = await createClass(request);
  const joinedCount = async () =>
    (
      await (
        await request.get(`/api/classes/${cls.id}/dashboard`, { headers: bearer(cls.teacherToken) })
      ).json()
    ).participation.joined;

  const laptop = await (await browser.newContext()).newPage();
  await joinWith(laptop, cls.joinCode, { name: "Ana" });
  const resume = laptop.locator("[data-resume-value]");
  await expect(resume).toHaveText(/^[A-Z2-9]{4} [A-Z2-9]{4}$/);
  const resumeCode = (await resume.textContent()) ?? "";
  await expectNoAxeViolations(laptop, "workspace with the resume code");
  if (SHOTS) await laptop.screenshot({ path: `${SHOTS}/workspace-desktop.png` });
  // One tag, sent with the seat's token from this browser's storage.
  const token = await laptop.evaluate(
    (id) => JSON.parse(localStorage.getItem(`parallax:class:${id}:student`) ?? "{}").studentToken,
    cls.id,
  );
  const tagged = await request.post(`/api/classes/${cls.id}/responses`, {
    headers: bearer(token),
    data: { passageId: "news-p1", label: "fact", clientId: clientId() },
  });
  expect(tagged.status()).toBe(201);

  // Back on /join in the same browser: it offers the seat, and joining again does not make a second one.
  await openReader(laptop, "/join");
  await expect(laptop.getByRole("link", { name: /^Continue as Ana/ })).toBeVisible();
  await expectNoAxeViolations(laptop, "join with a held seat");
  if (SHOTS) await laptop.screenshot({ path: `${SHOTS}/join-held-desktop.png`, fullPage: true });
  await joinWith(laptop, cls.joinCode.toLowerCase(), { name: "Ana" });
  await expect(laptop.getByText("1 passage tagged")).toBeVisible();
  await expect(laptop.locator("[data-resume-code]")).toContainText(resumeCode);
  expect(await joinedCount()).toBe(1);

  // A phone: a wrong resume code is refused, the right one brings the seat and its work.
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const phone = await phoneContext.newPage();
  await openReader(phone, "/join");
  await phone.getByLabel("Join code").fill(cls.joinCode);
  await phone.getByText("Joined before on another device?").click();
  await phone.getByLabel("Resume code (optional)").fill("ZZZZ ZZZZ");
  await phone.getByRole("button", { name: "Take my seat back" }).click();
  await expect(phone.getByRole("alert").filter({ hasText: "Could not join" })).toContainText(
    "No seat in this activity has this resume code",
  );
  await expectNoAxeViolations(phone, "join with a wrong resume code, phone");
  if (SHOTS) await phone.screenshot({ path: `${SHOTS}/join-resume-phone.png`, fullPage: true });
  await joinWith(phone, cls.joinCode, { resumeCode: resumeCode.toLowerCase() });
  await expect(phone.getByText("You joined as Ana")).toBeVisible();
  await expect(phone.getByText("1 passage tagged")).toBeVisible();
  await expect(phone.locator("[data-resume-code]")).toContainText(resumeCode);
  await expectNoAxeViolations(phone, "workspace, phone");
  if (SHOTS) await phone.screenshot({ path: `${SHOTS}/workspace-phone.png` });
  expect(await joinedCount()).toBe(1);
});
