import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { bearer, createClass } from "./class-api";
import { openReader } from "./open-reader";

const SHOTS = process.env.E2E_SHOTS;

async function join(page: Page, code: string, name: string) {
  await openReader(page, "/join");
  await page.getByLabel("Join code").fill(code);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await page.waitForURL(/\/classes\/[\w-]+\/student$/);
  await expect(page.locator("[data-ready]")).toBeAttached();
}

for (const [device, viewport] of [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`a student who reloads mid-answer gets the draft back (${device})`, async ({ browser, request }) => {
    test.setTimeout(120_000);
    const cls = await createClass(request);
    const context = await browser.newContext({ viewport, hasTouch: device === "phone" });
    const page = await context.newPage();
    await join(page, cls.joinCode, "Ben");

    const answer = page.locator("textarea").first();
    const answerState = page.locator("[data-answer-state]").first();
    const tagForm = page.locator("form[data-tag]").first();
    const label = tagForm.getByRole("combobox", { name: /^Label for / });
    const note = tagForm.getByRole("textbox", { name: /^Note for / });
    await answer.fill("Two analysts, neither named, and");
    await expect(answerState).toHaveText("Draft kept in this browser · not yet sent");
    await label.selectOption({ label: "Opinion" });
    await note.fill("Loaded words");
    await expect(tagForm.locator("[data-draft-state]")).toContainText("not yet sent");

    await page.reload();
    await expect(page.locator("[data-ready]")).toBeAttached();
    await expect(answer).toHaveValue("Two analysts, neither named, and");
    await expect(answerState).toHaveText("Draft kept in this browser · not yet sent");
    await expect(label).toHaveValue("opinion");
    await expect(note).toHaveValue("Loaded words");
    // Nothing reached the teacher yet: drafts stay in the browser until saved.
    const dashboard = async () =>
      (await request.get(`/api/classes/${cls.id}/dashboard`, { headers: bearer(cls.teacherToken) })).json();
    expect((await dashboard()).participation).toMatchObject({ responses: 0, answers: 0 });
    await answer.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, `workspace with drafts (${device})`);
    if (SHOTS) {
      await tagForm.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/drafts-tag-${device}.png` });
      await answer.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/drafts-answer-${device}.png` });
    }

    // Saved: sent, and the draft is gone (a reload shows the server's copy as saved).
    await page.getByRole("button", { name: "Save answer 1", exact: true }).click();
    await expect(answerState).toHaveText("Saved");
    await tagForm.getByRole("button", { name: /^Save tag for / }).click();
    await expect(tagForm.locator("[data-tag-state]")).toContainText("Your tag: Opinion");
    await expect(page.locator("[data-save-state]")).toHaveText("Saved");
    await page.reload();
    await expect(page.locator("[data-ready]")).toBeAttached();
    await expect(answer).toHaveValue("Two analysts, neither named, and");
    await expect(answerState).toHaveText("Saved");
    await expect(tagForm.locator("[data-draft-state]")).toHaveCount(0);
    expect((await dashboard()).participation).toMatchObject({ responses: 1, answers: 1 });
    await context.close();
  });
}
