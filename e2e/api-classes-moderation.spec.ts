import { expect, test } from "@playwright/test";
import { bearer, clientId, createClass, join, pool } from "./class-api";

test.describe("class activities: the teacher's moderation", () => {
  test("rotating the teacher token: the old one is refused at once, the new one works", async ({
    request,
  }) => {
    const cls = await createClass(request);
    const url = `/api/classes/${cls.id}/teacher-token`;
    const student = await join(request, cls.joinCode, "Ana");
    expect((await request.post(url)).status()).toBe(401);
    expect((await request.post(url, { headers: bearer(student.studentToken) })).status()).toBe(401);
    const rotated = await request.post(url, { headers: bearer(cls.teacherToken) });
    expect(rotated.status()).toBe(200);
    expect(rotated.headers()["cache-control"]).toBe("no-store");
    const { teacherToken, teacherPath } = await rotated.json();
    expect(teacherToken).not.toBe(cls.teacherToken);
    expect(teacherPath).toBe(`/classes/${cls.id}/teach#token=${teacherToken}`);
    const dashboard = `/api/classes/${cls.id}/dashboard`;
    expect((await request.get(dashboard, { headers: bearer(cls.teacherToken) })).status()).toBe(401);
    expect((await request.post(url, { headers: bearer(cls.teacherToken) })).status()).toBe(401);
    expect((await request.get(dashboard, { headers: bearer(teacherToken) })).status()).toBe(200);
    // Students are not affected.
    expect(
      (await request.get(`/api/classes/${cls.id}/me`, { headers: bearer(student.studentToken) })).status(),
    ).toBe(200);
  });

  test("removing a student deletes their work and their seat; only the teacher may", async ({ request }) => {
    const cls = await createClass(request);
    const teacher = bearer(cls.teacherToken);
    const ana = await join(request, cls.joinCode, "Ana");
    const bo = await join(request, cls.joinCode, "Bo");
    const other = await createClass(request);
    const cy = await join(request, other.joinCode, "Cy");
    const activity = await (await request.get(`/api/classes/${cls.id}`, { headers: teacher })).json();
    const promptId: string = activity.prompts[0].id;
    for (const s of [ana, bo]) {
      const tag = await request.post(`/api/classes/${cls.id}/responses`, {
        headers: bearer(s.studentToken),
        data: { passageId: "news-p1", label: "fact", clientId: clientId() },
      });
      expect(tag.status()).toBe(201);
      const answer = await request.post(`/api/classes/${cls.id}/answers`, {
        headers: bearer(s.studentToken),
        data: { promptId, text: `${s.studentId} thinks so`, clientId: clientId() },
      });
      expect(answer.status(), await answer.text()).toBe(201);
    }
    const url = (id: string) => `/api/classes/${cls.id}/students/${id}`;
    // Only the teacher: no token, a student's token (even their own seat), another class's teacher.
    expect((await request.delete(url(ana.studentId))).status()).toBe(401);
    expect((await request.delete(url(ana.studentId), { headers: bearer(ana.studentToken) })).status()).toBe(
      401,
    );
    expect((await request.delete(url(ana.studentId), { headers: bearer(bo.studentToken) })).status()).toBe(
      401,
    );
    expect((await request.delete(url(ana.studentId), { headers: bearer(other.teacherToken) })).status()).toBe(
      404,
    );
    // Another class's student cannot be reached through this class.
    expect((await request.delete(url(cy.studentId), { headers: teacher })).status()).toBe(404);
    expect((await request.delete(url("nonsense"), { headers: teacher })).status()).toBe(404);

    expect((await request.delete(url(ana.studentId), { headers: teacher })).status()).toBe(204);
    expect((await request.delete(url(ana.studentId), { headers: teacher })).status()).toBe(404);
    const board = await (await request.get(`/api/classes/${cls.id}/dashboard`, { headers: teacher })).json();
    expect(board.students.map((s: { name: string }) => s.name)).toEqual(["Bo"]);
    expect(board.participation).toMatchObject({ joined: 1, responses: 1, answers: 1 });
    const answers = await (await request.get(`/api/classes/${cls.id}/answers`, { headers: teacher })).json();
    expect(JSON.stringify(answers)).not.toContain(ana.studentId);
    const csv = await (
      await request.get(`/api/classes/${cls.id}/responses.csv`, { headers: teacher })
    ).text();
    expect(csv).not.toContain("Ana");
    // The removed seat is refused; Bo and Cy go on.
    expect(
      (await request.get(`/api/classes/${cls.id}/me`, { headers: bearer(ana.studentToken) })).status(),
    ).toBe(401);
    const late = await request.post(`/api/classes/${cls.id}/responses`, {
      headers: bearer(ana.studentToken),
      data: { passageId: "news-p2", label: "fact", clientId: clientId() },
    });
    expect(late.status()).toBe(401);
    const me = await (
      await request.get(`/api/classes/${cls.id}/me`, { headers: bearer(bo.studentToken) })
    ).json();
    expect(me.responses).toHaveLength(1);
    expect(
      (await request.get(`/api/classes/${other.id}/me`, { headers: bearer(cy.studentToken) })).status(),
    ).toBe(200);
  });

  test("a full class refuses joins with a clear 409 until the teacher raises the cap", async ({
    request,
  }) => {
    const cls = await createClass(request);
    const teacher = bearer(cls.teacherToken);
    const activity = await (await request.get(`/api/classes/${cls.id}`, { headers: teacher })).json();
    expect(activity.maxStudents).toBe(100);
    const patch = (data: object, headers = teacher) =>
      request.patch(`/api/classes/${cls.id}`, { headers, data });
    for (const bad of [{ maxStudents: 0 }, { maxStudents: 1001 }, { maxStudents: 2.5 }, {}]) {
      const response = await patch(bad);
      expect(response.status(), JSON.stringify(bad)).toBe(400);
      expect((await response.json()).error).toMatch(/maxStudents|open/);
    }
    const ana = await join(request, cls.joinCode, "Ana");
    expect((await patch({ maxStudents: 2 }, bearer(ana.studentToken))).status()).toBe(401);
    const capped = await patch({ maxStudents: 2 });
    expect(capped.status()).toBe(200);
    expect(await capped.json()).toMatchObject({ maxStudents: 2, open: true });
    await join(request, cls.joinCode, "Bo");
    const full = await request.post("/api/classes/join", { data: { joinCode: cls.joinCode, name: "Cy" } });
    expect(full.status()).toBe(409);
    expect((await full.json()).error).toMatch(/full \(2 students\).*teacher/);
    const board = await (await request.get(`/api/classes/${cls.id}/dashboard`, { headers: teacher })).json();
    expect(board).toMatchObject({ maxStudents: 2, participation: { joined: 2 } });
    expect((await patch({ maxStudents: 3 })).status()).toBe(200);
    await join(request, cls.joinCode, "Cy");
    expect((await patch({ maxStudents: 1000 })).status()).toBe(200);
  });

  test("one student's writes are held to a rate: 429 with Retry-After past the burst", async ({
    request,
  }) => {
    const cls = await createClass(request);
    const student = await join(request, cls.joinCode, "Flood");
    const neighbour = await join(request, cls.joinCode, "Calm");
    const write = (token: string) =>
      request.post(`/api/classes/${cls.id}/responses`, {
        headers: bearer(token),
        data: { passageId: "news-p1", label: "fact", clientId: clientId() },
      });
    const statuses = await pool(75, 4, async () => {
      const response = await write(student.studentToken);
      if (response.status() === 429) {
        expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
        expect((await response.json()).error).toMatch(/Too many saves/);
      }
      return response.status();
    });
    const accepted = statuses.filter((s) => s === 200 || s === 201).length;
    expect(accepted).toBeGreaterThanOrEqual(60);
    expect(accepted).toBeLessThan(66);
    expect(statuses.filter((s) => s === 429).length).toBe(75 - accepted);
    // Another student is not affected.
    expect((await write(neighbour.studentToken)).status()).toBe(201);
  });
});
