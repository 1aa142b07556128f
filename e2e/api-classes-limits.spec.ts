import { expect, test } from "@playwright/test";
import { bearer, createClass, pool, randomCode } from "./class-api";
import { loopbackAddress, peerPost } from "./peer-request";

const base = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const joinFrom = (from: string, joinCode: string, name: string, headers: Record<string, string> = {}) =>
  peerPost(base, "/api/classes/join", { joinCode, name }, { from, headers });

test.describe("class activities: join limits", () => {
  test("after 30 wrong codes from one address, wrong ones get 429 but the right code still gets in", async ({
    request,
  }) => {
    const cls = await createClass(request);
    const school = loopbackAddress();
    for (let i = 0; i < 30; i++)
      expect((await joinFrom(school, randomCode(), `Typo ${i}`)).status, `wrong code ${i + 1}`).toBe(404);
    const refused = await joinFrom(school, randomCode(), "Typo 31");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect((refused.json() as { error: string }).error).toMatch(/wrong join codes/);
    // The right code from the very same address: never refused.
    for (const name of ["Ana", "Bo", "Cy"])
      expect((await joinFrom(school, cls.joinCode, name)).status).toBe(201);
    // Another address is not affected at all.
    expect((await joinFrom(loopbackAddress(), randomCode(), "Elsewhere")).status).toBe(404);
  });

  test("a spoofed X-Forwarded-For is ignored: rotating values are limited as one client", async () => {
    const guesser = loopbackAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const spoof = {
        "X-Forwarded-For": `192.0.2.${i}, 198.51.100.${i}`,
        "X-Real-IP": `203.0.113.${i}`,
        "X-Parallax-Peer": `198.51.100.${i}`,
      };
      statuses.push((await joinFrom(guesser, randomCode(), "Guess", spoof)).status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  test("300 students joining with the right code from one address all get in (cap raised)", async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const cls = await createClass(request);
    const raised = await request.patch(`/api/classes/${cls.id}`, {
      headers: bearer(cls.teacherToken),
      data: { maxStudents: 300 },
    });
    expect(raised.status()).toBe(200);
    const school = loopbackAddress();
    const joins = await pool(
      300,
      8,
      async (i) => (await joinFrom(school, cls.joinCode, `Student ${i}`)).status,
    );
    expect(joins.filter((s) => s === 201)).toHaveLength(300);
  });
});
