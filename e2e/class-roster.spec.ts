import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { bearer, clientId, createClass, join } from "./class-api";
import { openReader } from "./open-reader";

const SHOTS = process.env.E2E_SHOTS;

for (const [device, viewport] of [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`the dashboard's roster: join time, progress, notes, arrivals announced (${device})`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(90_000);
    const cls = await createClass(request);
    const activity = await (
      await request.get(`/api/classes/${cls.id}`, { headers: bearer(cls.teacherToken) })
    ).json();
    const ana = await join(request, cls.joinCode, "Ana");
    const asAna = bearer(ana.studentToken);
    const post = (path: string, data: object) =>
      request.post(`/api/classes/${cls.id}${path}`, {
        headers: asAna,
        data: { ...data, clientId: clientId() },
      });
    expect(
      (
        await post("/responses", { passageId: "news-p1", label: "claim-to-check", note: "Which vote?" })
      ).status(),
    ).toBe(201);
    expect((await post("/responses", { passageId: "news-p2", label: "fact" })).status()).toBe(201);
    expect(
      (await post("/answers", { promptId: activity.prompts[0].id, text: "A newspaper." })).status(),
    ).toBe(201);

    const page = await (await browser.newContext({ viewport, hasTouch: device === "phone" })).newPage();
    await openReader(page, `/classes/${cls.id}/teach#token=${cls.teacherToken}`);
    const roster = page.getByRole("region", { name: "Students" });
    const entry = roster.locator('[data-student="Ana"]');
    await expect(entry).toContainText(/joined \d{1,2}:\d{2}/);
    await expect(entry).toContainText("2 passages tagged · 1 question answered");
    const notes = entry.getByText("1 note");
    await notes.click();
    await expect(entry).toContainText("News report ¶1 · Claim to check: “Which vote?”");
    // The first load announces nothing; a later arrival is announced once, politely.
    const status = roster.locator("[data-roster-status]");
    await expect(status).toHaveText("");
    await join(request, cls.joinCode, "Bo");
    await expect(status).toHaveText("Bo joined.", { timeout: 10_000 });
    await expect(roster.locator('[data-student="Bo"]')).toContainText(
      "0 passages tagged · 0 questions answered",
    );
    await expectNoAxeViolations(page, `dashboard roster (${device})`);
    if (SHOTS) {
      await roster.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/roster-${device}.png` });
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
