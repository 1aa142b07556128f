import { expect, test } from "@playwright/test";
import { bearer, clientId, createClass, join, SEED } from "./class-api";

/** The dashboard at scale: ETag and 304 on the summary, answers after a cursor, notes on demand. */
test.describe("dashboard polling", () => {
  test("an unchanged class answers 304 with no body; any change moves the ETag", async ({ request }) => {
    const cls = await createClass(request);
    const teacher = bearer(cls.teacherToken);
    const url = `/api/classes/${cls.id}/dashboard`;
    const first = await request.get(url, { headers: teacher });
    expect(first.status()).toBe(200);
    const etag = first.headers().etag ?? "";
    expect(etag).toMatch(/^W\/"v\d+"$/);
    expect(first.headers()["cache-control"]).toBe("no-store");

    const same = await request.get(url, { headers: { ...teacher, "If-None-Match": etag } });
    expect(same.status()).toBe(304);
    expect(await same.body()).toHaveLength(0);
    expect(same.headers().etag).toBe(etag);
    // Another tag in the list, or "*", matches too; a stale one gets the summary.
    const listed = await request.get(url, { headers: { ...teacher, "If-None-Match": `W/"v0x", ${etag}` } });
    expect(listed.status()).toBe(304);
    expect((await request.get(url, { headers: { ...teacher, "If-None-Match": '"v999999"' } })).status()).toBe(
      200,
    );
    // The ETag is no way around the token.
    const stranger = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(stranger.status()).toBe(401);

    const ana = await join(request, cls.joinCode, "Ana");
    const afterJoin = await request.get(url, { headers: { ...teacher, "If-None-Match": etag } });
    expect(afterJoin.status()).toBe(200);
    const joinedTag = afterJoin.headers().etag ?? "";
    expect(joinedTag).not.toBe(etag);
    expect((await afterJoin.json()).participation).toMatchObject({ joined: 1 });

    const tag = await request.post(`/api/classes/${cls.id}/responses`, {
      headers: bearer(ana.studentToken),
      data: { passageId: "news-p1", label: "fact", note: "Which vote?", clientId: clientId() },
    });
    expect(tag.status()).toBe(201);
    const afterTag = await request.get(url, { headers: { ...teacher, "If-None-Match": joinedTag } });
    expect(afterTag.status()).toBe(200);
    const board = await afterTag.json();
    expect(board.students).toEqual([expect.objectContaining({ name: "Ana", responses: 1, notes: 1 })]);
    // Counts only: the note's text is fetched per student.
    expect(JSON.stringify(board)).not.toContain("Which vote?");
    const notes = await request.get(`/api/classes/${cls.id}/students/${ana.studentId}`, { headers: teacher });
    expect(await notes.json()).toEqual({
      notes: [{ passageId: "news-p1", label: "fact", note: "Which vote?" }],
    });
    expect(
      (
        await request.get(`/api/classes/${cls.id}/students/${ana.studentId}`, {
          headers: bearer(ana.studentToken),
        })
      ).status(),
    ).toBe(401);
    for (const nobody of ["nobody", "a%00b", "x".repeat(16)])
      expect(
        (await request.get(`/api/classes/${cls.id}/students/${nobody}`, { headers: teacher })).status(),
        nobody,
      ).toBe(404);

    // Closing the class is a change too.
    await request.patch(`/api/classes/${cls.id}`, { headers: teacher, data: { open: false } });
    const closed = await request.get(url, {
      headers: { ...teacher, "If-None-Match": afterTag.headers().etag ?? "" },
    });
    expect(closed.status()).toBe(200);
    expect((await closed.json()).open).toBe(false);
  });

  test("answers come a page at a time after a cursor; a rewrite comes again; nothing new is tiny", async ({
    request,
  }) => {
    const cls = await createClass(request, { comparison: SEED, title: "Answers" });
    const teacher = bearer(cls.teacherToken);
    const activity = await (await request.get(`/api/classes/${cls.id}`, { headers: teacher })).json();
    const prompts = (activity.prompts as { id: string }[]).slice(0, 3).map((p) => p.id);
    const students = [await join(request, cls.joinCode, "Ana"), await join(request, cls.joinCode, "Bo")];
    const answer = (token: string, promptId: string, text: string) =>
      request.post(`/api/classes/${cls.id}/answers`, {
        headers: bearer(token),
        data: { promptId, text, clientId: clientId() },
      });
    for (const s of students)
      for (const p of prompts)
        expect((await answer(s.studentToken, p, `${s.name} on ${p}`)).status()).toBe(201);

    const url = (query: string) => `/api/classes/${cls.id}/answers${query}`;
    const pages: {
      answers: { student: string; promptId: string; text: string }[];
      next: string;
      more: boolean;
    }[] = [];
    let next = "";
    do {
      const response = await request.get(url(`?limit=4${next ? `&after=${next}` : ""}`), {
        headers: teacher,
      });
      expect(response.status()).toBe(200);
      pages.push(await response.json());
      next = pages.at(-1)?.next ?? "";
    } while (pages.at(-1)?.more);
    expect(pages.map((p) => p.answers.length)).toEqual([4, 2]);
    expect(pages.flatMap((p) => p.answers.map((a) => a.text)).sort()).toHaveLength(6);

    const nothing = await request.get(url(`?after=${next}`), { headers: teacher });
    const body = await nothing.text();
    expect(JSON.parse(body)).toEqual({ answers: [], next, more: false });
    expect(body.length).toBeLessThan(100);

    // A rewritten answer comes again, after the cursor, with its new text.
    const [ana] = students;
    expect((await answer(ana?.studentToken ?? "", prompts[0] ?? "", "Ana, second thoughts")).status()).toBe(
      200,
    );
    const fresh = await (await request.get(url(`?after=${next}`), { headers: teacher })).json();
    expect(fresh.answers).toEqual([
      expect.objectContaining({ student: "Ana", text: "Ana, second thoughts" }),
    ]);
    expect(fresh.next).not.toBe(next);
  });

  test("bad queries get 400 with a JSON message naming the parameter; students get 401", async ({
    request,
  }) => {
    const cls = await createClass(request);
    const teacher = bearer(cls.teacherToken);
    const ana = await join(request, cls.joinCode, "Ana");
    for (const [query, name] of [
      ["?after=yesterday", "after"],
      ["?after=12", "after"],
      ["?after=1-2&limit=0", "limit"],
      ["?limit=5000", "limit"],
      ["?limit=ten", "limit"],
      ["?since=3", "since"],
    ] as const) {
      const response = await request.get(`/api/classes/${cls.id}/answers${query}`, { headers: teacher });
      expect(response.status(), query).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect((await response.json()).error).toContain(`${name}:`);
    }
    expect(
      (await request.get(`/api/classes/${cls.id}/answers`, { headers: bearer(ana.studentToken) })).status(),
    ).toBe(401);
    expect((await request.get(`/api/classes/${cls.id}/answers`)).status()).toBe(401);
    expect((await request.put(`/api/classes/${cls.id}/answers`, { headers: teacher })).status()).toBe(405);
  });
});
