import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { bearer, clientId, createClass, join, pool } from "./class-api";
import { openReader } from "./open-reader";

const SHOTS = process.env.E2E_SHOTS;
const STUDENTS = 300;

/**
 * A lecture hall on the dashboard: 300 students, each with tags (some with notes) and answers. The
 * roster and the answers are paged, nothing overflows, and a screen reader hears one short message.
 */
test("a full class's dashboard stays readable: roster and answers paged, desktop and phone, light and dark", async ({
  browser,
  request,
}) => {
  test.setTimeout(600_000);
  const cls = await createClass(request);
  const teacher = bearer(cls.teacherToken);
  await request.patch(`/api/classes/${cls.id}`, { headers: teacher, data: { maxStudents: STUDENTS } });
  const activity = await (await request.get(`/api/classes/${cls.id}`, { headers: teacher })).json();
  const prompts = (activity.prompts as { id: string }[]).slice(0, 2).map((p) => p.id);
  const names = ["Ana", "Bo", "Chloé", "Dmitri", "Efua", "Farid", "Grace", "Hiroshi", "Ines", "Jamal"];
  await pool(STUDENTS, 16, async (i) => {
    const s = await join(request, cls.joinCode, `${names[i % names.length]} ${Math.floor(i / 10) + 1}`);
    const post = (path: string, data: object) =>
      request.post(`/api/classes/${cls.id}${path}`, {
        headers: bearer(s.studentToken),
        data: { ...data, clientId: clientId() },
      });
    await post("/responses", {
      passageId: "news-p1",
      label: i % 3 ? "fact" : "opinion",
      note: i % 4 ? undefined : "Which vote exactly?",
    });
    await post("/responses", { passageId: "news-p2", label: "claim-to-check" });
    for (const promptId of prompts)
      await post("/answers", {
        promptId,
        text: `Student ${i + 1}: the report quotes two analysts but names neither; the opinion piece cites the vote count and leaves out who abstained.`,
      });
  });

  for (const [device, viewport] of [
    ["desktop", { width: 1280, height: 800 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport, colorScheme, hasTouch: device === "phone" });
      const page = await context.newPage();
      await openReader(page, `/classes/${cls.id}/teach#token=${cls.teacherToken}`);
      const roster = page.getByRole("region", { name: "Students" });
      await expect(roster.locator("[data-student]")).toHaveCount(30);
      const more = roster.getByRole("button", { name: /Show 30 more students \(270 not shown\)/ });
      await expect(more).toBeVisible();
      const first = page.locator(`[data-prompt="${prompts[0]}"]`);
      await expect(first).toContainText(`${STUDENTS} answers · showing 10`, { timeout: 30_000 });
      await expect(first.getByRole("listitem")).toHaveCount(10);
      // The live region says nothing on the first load: the page itself shows who is there.
      await expect(roster.locator("[data-roster-status]")).toHaveText("");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${device} ${colorScheme}`).toBeLessThanOrEqual(0);
      if (SHOTS) {
        const shot = (name: string) =>
          page.screenshot({ path: `${SHOTS}/full-${name}-${device}-${colorScheme}.png` });
        await shot("top");
        await roster.scrollIntoViewIfNeeded();
        await shot("roster");
        await first.scrollIntoViewIfNeeded();
        await shot("answers");
      }
      if (device === "desktop" && colorScheme === "light") {
        await more.click();
        await expect(roster.locator("[data-student]")).toHaveCount(60);
        await first.getByRole("button", { name: /Show 10 more/ }).click();
        await expect(first.getByRole("listitem")).toHaveCount(20);
        const noted = roster.locator("[data-student]").filter({ hasText: "1 note" }).first();
        await noted.getByText("1 note").click();
        await expect(noted).toContainText("“Which vote exactly?”");
      }
      await expectNoAxeViolations(page, `full dashboard (${device}, ${colorScheme})`);
      await context.close();
    }
  }
});
