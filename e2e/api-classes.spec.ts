import { expect, test } from "@playwright/test";
import { bearer, clientId, createClass, join, SEED } from "./class-api";
import { OPINION, REPORT } from "./fixtures/articles";

test.describe("class activities: the whole flow", () => {
  test("create, join, tag, replay, replace, remove, answer, dashboard, CSV, close, reopen, delete", async ({
    request,
  }) => {
    const created = await request.post("/api/classes", { data: { comparison: SEED, title: "Period 3" } });
    expect(created.status()).toBe(201);
    expect(created.headers()["cache-control"]).toBe("no-store");
    const cls = await created.json();
    expect(cls.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(cls.teacherPath).toBe(`/classes/${cls.id}/teach#token=${cls.teacherToken}`);
    const teacher = bearer(cls.teacherToken);

    const activity = await (await request.get(`/api/classes/${cls.id}`, { headers: teacher })).json();
    expect(activity).toMatchObject({ id: cls.id, title: "Period 3", comparison: SEED, open: true });
    expect(activity.topics).toContain("un-votes");
    expect(activity.labels.map((l: { id: string }) => l.id)).toEqual(
      expect.arrayContaining(["fact", "opinion", "claim-to-check"]),
    );
    expect(activity.prompts.length).toBeGreaterThan(0);
    const promptId: string = activity.prompts[0].id;

    // Typed as a student would: lower case, a dash in the middle.
    const typed = `${cls.joinCode.slice(0, 3).toLowerCase()}-${cls.joinCode.slice(3)}`;
    const ana = await join(request, typed, "Ana");
    expect(ana).toMatchObject({ classId: cls.id, comparison: SEED });
    const bo = await join(request, cls.joinCode, "Bo");
    const asAna = bearer(ana.studentToken);
    const asBo = bearer(bo.studentToken);
    expect((await request.get(`/api/classes/${cls.id}`, { headers: asAna })).status()).toBe(200);

    const post = (headers: Record<string, string>, data: object) =>
      request.post(`/api/classes/${cls.id}/responses`, { headers, data });
    const first = { passageId: "news-p1", label: "fact", note: "Checkable.", clientId: clientId() };
    const made = await post(asAna, first);
    expect(made.status()).toBe(201);
    // no-transform: a small acknowledgement is not gzipped (a zlib stream each cost more than the write).
    expect(made.headers()["cache-control"]).toBe("no-store, no-transform");
    expect(made.headers()["content-encoding"]).toBeUndefined();
    const stored = (await made.json()).response;
    expect(stored).toMatchObject({ passageId: "news-p1", label: "fact", note: "Checkable." });

    const replay = await post(asAna, first);
    expect(replay.status()).toBe(200);
    expect((await replay.json()).response).toEqual(stored);

    expect(
      (await post(asAna, { passageId: "news-p2", label: "opinion", clientId: clientId() })).status(),
    ).toBe(201);
    const replaced = await post(asAna, { passageId: "news-p1", label: "opinion", clientId: clientId() });
    expect(replaced.status()).toBe(200);
    expect((await replaced.json()).response).toMatchObject({
      passageId: "news-p1",
      label: "opinion",
      note: null,
    });
    expect((await post(asBo, { passageId: "news-p1", label: "fact", clientId: clientId() })).status()).toBe(
      201,
    );

    // Five sends of one request at once: one creates, the others replay.
    const burst = { passageId: "news-p3", label: "claim-to-check", clientId: clientId() };
    const statuses = await Promise.all(
      Array.from({ length: 5 }, async () => (await post(asBo, burst)).status()),
    );
    expect(statuses.sort()).toEqual([200, 200, 200, 200, 201]);

    const remove = (passageId: string) =>
      request.delete(`/api/classes/${cls.id}/responses/${passageId}`, { headers: asAna });
    expect((await remove("news-p2")).status()).toBe(204);
    expect((await remove("news-p2")).status()).toBe(404);

    const answer = (data: object) => request.post(`/api/classes/${cls.id}/answers`, { headers: asAna, data });
    const reply = { promptId, text: "The analysts it names.", clientId: clientId() };
    expect((await answer(reply)).status()).toBe(201);
    expect((await answer(reply)).status()).toBe(200);
    expect((await answer({ ...reply, text: "Two analysts.", clientId: clientId() })).status()).toBe(200);

    const me = await (await request.get(`/api/classes/${cls.id}/me`, { headers: asAna })).json();
    expect(me.student).toEqual({ id: ana.studentId, name: "Ana" });
    expect(me.responses).toEqual([expect.objectContaining({ passageId: "news-p1", label: "opinion" })]);
    expect(me.answers).toEqual([expect.objectContaining({ promptId, text: "Two analysts." })]);

    const dashboard = await (
      await request.get(`/api/classes/${cls.id}/dashboard`, { headers: teacher })
    ).json();
    expect(dashboard).toMatchObject({
      open: true,
      responses: 3,
      participation: { joined: 2, active: 2, responses: 3, answers: 1 },
      byPassage: { "news-p1": { opinion: 1, fact: 1 }, "news-p3": { "claim-to-check": 1 } },
    });
    expect(dashboard.answers).toEqual({ [promptId]: 1 });
    const page = await (await request.get(`/api/classes/${cls.id}/answers`, { headers: teacher })).json();
    expect(page.answers).toEqual([
      expect.objectContaining({ studentId: ana.studentId, student: "Ana", promptId, text: "Two analysts." }),
    ]);

    const csv = await request.get(`/api/classes/${cls.id}/responses.csv`, { headers: teacher });
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const day = activity.createdAt.slice(0, 10);
    expect(csv.headers()["content-disposition"]).toBe(`attachment; filename="period-3-${day}-tags.csv"`);
    const text = await csv.text();
    expect(text.startsWith("\uFEFFclass_id,class_title,student_id,student,document,passage,")).toBe(true);
    const lines = text.trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines.filter((l) => l.includes(",news-p1,"))).toHaveLength(2);

    // Closed: every write and every join is refused with 409; reads go on.
    const close = await request.patch(`/api/classes/${cls.id}`, { headers: teacher, data: { open: false } });
    expect(close.status()).toBe(200);
    expect((await close.json()).open).toBe(false);
    expect((await post(asAna, { passageId: "news-p4", label: "fact", clientId: clientId() })).status()).toBe(
      409,
    );
    expect((await answer({ ...reply, clientId: clientId() })).status()).toBe(409);
    expect((await remove("news-p1")).status()).toBe(409);
    const closedJoin = await request.post("/api/classes/join", {
      data: { joinCode: cls.joinCode, name: "Late" },
    });
    expect(closedJoin.status()).toBe(409);
    expect((await closedJoin.json()).error).toBe("This activity is closed");
    expect((await request.get(`/api/classes/${cls.id}/dashboard`, { headers: teacher })).status()).toBe(200);

    await request.patch(`/api/classes/${cls.id}`, { headers: teacher, data: { open: true } });
    expect((await post(asAna, { passageId: "news-p4", label: "fact", clientId: clientId() })).status()).toBe(
      201,
    );
    await join(request, cls.joinCode, "Cy");

    expect((await request.delete(`/api/classes/${cls.id}`, { headers: teacher })).status()).toBe(204);
    const gone = [
      request.get(`/api/classes/${cls.id}`, { headers: teacher }),
      request.get(`/api/classes/${cls.id}`, { headers: asAna }),
      request.patch(`/api/classes/${cls.id}`, { headers: teacher, data: { open: false } }),
      request.delete(`/api/classes/${cls.id}`, { headers: teacher }),
      request.get(`/api/classes/${cls.id}/dashboard`, { headers: teacher }),
      request.get(`/api/classes/${cls.id}/responses.csv`, { headers: teacher }),
      request.get(`/api/classes/${cls.id}/me`, { headers: asAna }),
      post(asAna, { passageId: "news-p5", label: "fact", clientId: clientId() }),
      answer({ ...reply, clientId: clientId() }),
      remove("news-p1"),
      request.post("/api/classes/join", {
        data: { joinCode: cls.joinCode, name: "Ana" },
      }),
    ];
    for (const response of await Promise.all(gone)) {
      expect(response.status(), response.url()).toBe(404);
      expect(await response.json()).toHaveProperty("error");
    }
  });

  test("an imported comparison hosts a class too, and is not deleted while the class uses it", async ({
    request,
  }) => {
    const imported = await request.post("/api/comparisons", {
      data: { title: "Bridge class", documents: [REPORT, { ...OPINION, url: null }] },
    });
    expect(imported.status()).toBe(201);
    const { slug, editKey } = await imported.json();
    const cls = await createClass(request, { comparison: slug, title: "Civics" });
    const activity = await (
      await request.get(`/api/classes/${cls.id}`, { headers: bearer(cls.teacherToken) })
    ).json();
    expect(activity.prompts.map((p: { id: string }) => p.id)).toContain("generic-left-out");
    const student = await join(request, cls.joinCode, "Dee");
    expect(student.comparison).toBe(slug);
    const tag = await request.post(`/api/classes/${cls.id}/responses`, {
      headers: bearer(student.studentToken),
      data: { passageId: "doc-1-p2", label: "fact", clientId: clientId() },
    });
    expect(tag.status()).toBe(201);
    const csv = await (
      await request.get(`/api/classes/${cls.id}/responses.csv`, { headers: bearer(cls.teacherToken) })
    ).text();
    expect(csv).toContain(",doc-1,doc-1-p2,");

    // The owner's delete is refused while the class uses the import (e2e/api-import-owner.spec.ts);
    // once the teacher has deleted the class, it goes, and no class can be made on it any more.
    const refused = await request.delete(`/api/comparisons/${slug}`, { headers: bearer(editKey) });
    expect(refused.status()).toBe(409);
    expect(
      (await request.get(`/api/classes/${cls.id}`, { headers: bearer(cls.teacherToken) })).status(),
    ).toBe(200);
    await request.delete(`/api/classes/${cls.id}`, { headers: bearer(cls.teacherToken) });
    expect((await request.delete(`/api/comparisons/${slug}`, { headers: bearer(editKey) })).status()).toBe(
      204,
    );
    const late = await request.post("/api/classes", { data: { comparison: slug, title: "Too late" } });
    expect(late.status()).toBe(400);
  });
});
