import { expect, test } from "@playwright/test";
import { bearer, clientId, createClass, join } from "./class-api";

test("a student gets their seat back: same browser by its token, another device by the resume code", async ({
  request,
}) => {
  const cls = await createClass(request);
  const teacher = bearer(cls.teacherToken);
  const joined = () =>
    request.get(`/api/classes/${cls.id}/dashboard`, { headers: teacher }).then(async (r) => {
      return (await r.json()).participation.joined as number;
    });
  const ana = await join(request, cls.joinCode, "Ana");
  expect(ana).toMatchObject({ name: "Ana", resumed: false });
  expect(ana.resumeCode).toMatch(/^[A-Z2-9]{8}$/);
  const tagged = await request.post(`/api/classes/${cls.id}/responses`, {
    headers: bearer(ana.studentToken),
    data: { passageId: "news-p1", label: "fact", clientId: clientId() },
  });
  expect(tagged.status()).toBe(201);

  // Same browser: it sends the tokens it holds (one of another class too); the seat comes back as it was.
  const other = await createClass(request);
  const elsewhere = await join(request, other.joinCode, "Ana");
  const again = await request.post("/api/classes/join", {
    data: { joinCode: cls.joinCode, name: "Ana", studentTokens: [elsewhere.studentToken, ana.studentToken] },
  });
  expect(again.status()).toBe(200);
  expect(await again.json()).toEqual({
    classId: cls.id,
    studentId: ana.studentId,
    studentToken: ana.studentToken,
    comparison: ana.comparison,
    name: "Ana",
    resumed: true,
  });
  expect(await joined()).toBe(1);

  // Another device: join code and resume code (typed loosely); a new token replaces the old one.
  const typed = `${ana.resumeCode?.slice(0, 4).toLowerCase()} ${ana.resumeCode?.slice(4)}`;
  const back = await request.post("/api/classes/join", {
    data: { joinCode: cls.joinCode, resumeCode: typed },
  });
  expect(back.status()).toBe(200);
  const seat = await back.json();
  expect(seat).toMatchObject({ classId: cls.id, studentId: ana.studentId, name: "Ana", resumed: true });
  expect(seat.studentToken).not.toBe(ana.studentToken);
  expect(seat.resumeCode).toBeUndefined();
  const me = await (
    await request.get(`/api/classes/${cls.id}/me`, { headers: bearer(seat.studentToken) })
  ).json();
  expect(me.responses).toEqual([expect.objectContaining({ passageId: "news-p1", label: "fact" })]);
  expect(
    (await request.get(`/api/classes/${cls.id}/me`, { headers: bearer(ana.studentToken) })).status(),
  ).toBe(401);
  expect(await joined()).toBe(1);

  // Wrong resume codes are refused: a made-up one, another class's, a malformed one.
  const wrong = await request.post("/api/classes/join", {
    data: { joinCode: cls.joinCode, resumeCode: "ABCDEFGH" },
  });
  expect(wrong.status()).toBe(404);
  expect((await wrong.json()).error).toMatch(/No seat in this activity has this resume code/);
  const crossed = await request.post("/api/classes/join", {
    data: { joinCode: other.joinCode, resumeCode: ana.resumeCode },
  });
  expect(crossed.status()).toBe(404);
  const malformed = await request.post("/api/classes/join", {
    data: { joinCode: cls.joinCode, resumeCode: "short" },
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error).toContain("resumeCode");
  const nameless = await request.post("/api/classes/join", { data: { joinCode: cls.joinCode } });
  expect(nameless.status()).toBe(400);
  expect((await nameless.json()).error).toContain("name");
  expect(await joined()).toBe(1);

  // A token this class does not know makes a new seat, as a first join does.
  const fresh = await request.post("/api/classes/join", {
    data: { joinCode: cls.joinCode, name: "Bo", studentTokens: [elsewhere.studentToken] },
  });
  expect(fresh.status()).toBe(201);
  expect(await joined()).toBe(2);
});
