import { expect, test } from "@playwright/test";
import { bearer, clientId, createClass, join, SEED } from "./class-api";

test.describe("class activities: who may do what", () => {
  test("missing, malformed or wrong tokens → 401; a student on teacher routes → 401; other classes → 404", async ({
    request,
  }) => {
    const a = await createClass(request);
    const b = await createClass(request);
    const student = await join(request, a.joinCode, "Ana");
    const other = await join(request, b.joinCode, "Bo");
    const base = `/api/classes/${a.id}`;
    const teacherRoutes = [
      (h: Record<string, string>) => request.get(`${base}/dashboard`, { headers: h }),
      (h: Record<string, string>) => request.get(`${base}/responses.csv`, { headers: h }),
      (h: Record<string, string>) => request.patch(base, { headers: h, data: { open: false } }),
      (h: Record<string, string>) => request.delete(base, { headers: h }),
    ];
    const studentRoutes = [
      (h: Record<string, string>) => request.get(`${base}/me`, { headers: h }),
      (h: Record<string, string>) =>
        request.post(`${base}/responses`, {
          headers: h,
          data: { passageId: "news-p1", label: "fact", clientId: clientId() },
        }),
      (h: Record<string, string>) => request.delete(`${base}/responses/news-p1`, { headers: h }),
    ];
    const all = [
      ...teacherRoutes,
      ...studentRoutes,
      (h: Record<string, string>) => request.get(base, { headers: h }),
    ];
    const wrong: Record<string, string>[] = [
      {},
      { Authorization: "Bearer short" },
      { Authorization: `Basic ${a.teacherToken}` },
      bearer("A".repeat(43)),
    ];
    for (const route of all) {
      for (const headers of wrong) {
        const response = await route(headers);
        expect(response.status(), `${response.url()} ${JSON.stringify(headers)}`).toBe(401);
        expect(response.headers()["cache-control"]).toBe("no-store");
      }
      // Valid tokens of another class: as if the class did not exist.
      for (const token of [b.teacherToken, other.studentToken])
        expect((await route(bearer(token))).status()).toBe(404);
    }
    for (const route of teacherRoutes) expect((await route(bearer(student.studentToken))).status()).toBe(401);
    for (const route of studentRoutes) expect((await route(bearer(a.teacherToken))).status()).toBe(401);
    const unknown = await request.get("/api/classes/AAAAAAAAAAAAAAAA", { headers: bearer(a.teacherToken) });
    expect(unknown.status()).toBe(404);
    expect((await request.get("/api/classes/x", { headers: bearer(a.teacherToken) })).status()).toBe(404);
    // Nothing above changed the class.
    expect((await (await request.get(base, { headers: bearer(a.teacherToken) })).json()).open).toBe(true);
  });

  test("bad input → 400 naming the field", async ({ request }) => {
    const cls = await createClass(request);
    const student = await join(request, cls.joinCode, "Ana");
    const cases: [string, string, object, RegExp][] = [
      ["/api/classes", "post", { comparison: "no-such-comparison", title: "T" }, /comparison/],
      ["/api/classes", "post", { comparison: SEED, title: "T", topics: ["no-such-topic"] }, /topics/],
      ["/api/classes", "post", { comparison: SEED, title: "" }, /title/],
      ["/api/classes", "post", { comparison: SEED, title: "T", extra: 1 }, /extra|unrecognized/i],
      ["/api/classes/join", "post", { joinCode: "!!", name: "Ana" }, /joinCode/],
      ["/api/classes/join", "post", { joinCode: cls.joinCode, name: "An\u0007a" }, /name/],
      ["/api/classes/join", "post", { joinCode: cls.joinCode, name: "Ana\u202Egnp.exe" }, /name/],
      ["/api/classes/join", "post", { joinCode: cls.joinCode }, /name/],
    ];
    const tag = { passageId: "news-p1", label: "fact", clientId: clientId() };
    const studentCases: [string, object, RegExp][] = [
      ["responses", { ...tag, passageId: "news-p999" }, /passageId/],
      ["responses", { ...tag, label: "no-such-label" }, /label/],
      ["responses", { ...tag, note: "x".repeat(1001) }, /note/],
      ["responses", { ...tag, note: "bad\u0000note" }, /note/],
      ["responses", { ...tag, clientId: "short" }, /clientId/],
      ["answers", { promptId: "no-such-prompt", text: "x", clientId: clientId() }, /promptId/],
      ["answers", { promptId: "p", text: "", clientId: clientId() }, /text/],
    ];
    for (const [path, , data, field] of cases) {
      const response = await request.post(path, { data });
      expect(response.status(), JSON.stringify(data)).toBe(400);
      expect((await response.json()).error).toMatch(field);
    }
    for (const [path, data, field] of studentCases) {
      const response = await request.post(`/api/classes/${cls.id}/${path}`, {
        data,
        headers: bearer(student.studentToken),
      });
      expect(response.status(), JSON.stringify(data)).toBe(400);
      expect((await response.json()).error).toMatch(field);
    }
    // The scheme is case-insensitive (RFC 9110), as for an import's edit key.
    const lower = await request.get(`/api/classes/${cls.id}`, {
      headers: { Authorization: `bearer ${cls.teacherToken}` },
    });
    expect(lower.status()).toBe(200);
    const patch = await request.patch(`/api/classes/${cls.id}`, {
      data: { open: "no" },
      headers: bearer(cls.teacherToken),
    });
    expect(patch.status()).toBe(400);
    expect((await patch.json()).error).toMatch(/open/);
    const notJson = await request.post("/api/classes", {
      data: "not json",
      headers: { "Content-Type": "application/json" },
    });
    expect(notJson.status()).toBe(400);
    // A cross-site form or text/plain POST (no CORS preflight) cannot create a class.
    const simple = await request.post("/api/classes", {
      data: JSON.stringify({ comparison: "israel-russia", title: "Drive-by" }),
      headers: { "Content-Type": "text/plain" },
    });
    expect(simple.status()).toBe(415);
    expect((await simple.json()).error).toMatch(/application\/json/);
    // A lone surrogate escape is refused by name instead of failing in storage (jsonb refuses it).
    const surrogate = await request.post("/api/classes", {
      data: '{"comparison":"israel-russia","title":"t","labels":[{"id":"fact","label":"Fact\\ud800"}]}',
      headers: { "Content-Type": "application/json" },
    });
    expect(surrogate.status()).toBe(400);
    expect((await surrogate.json()).error).toMatch(/labels\.0\.label: contains an unpaired surrogate/);
    // A client id reused for another passage is refused, not silently applied.
    const url = `/api/classes/${cls.id}/responses`;
    expect((await request.post(url, { data: tag, headers: bearer(student.studentToken) })).status()).toBe(
      201,
    );
    const reused = await request.post(url, {
      data: { ...tag, passageId: "news-p2" },
      headers: bearer(student.studentToken),
    });
    expect(reused.status()).toBe(422);
    expect((await reused.json()).error).toMatch(/clientId/);
  });

  test("other methods → 405 JSON with Allow; unknown subpaths → 404 JSON", async ({ request }) => {
    const cls = await createClass(request);
    const checks: [Promise<import("@playwright/test").APIResponse>, number, string | null][] = [
      [request.get("/api/classes"), 405, "POST"],
      [request.get("/api/classes/join"), 405, "POST"],
      [request.put(`/api/classes/${cls.id}`), 405, "GET, HEAD, PATCH, DELETE"],
      [request.get(`/api/classes/${cls.id}/responses`), 405, "POST"],
      [request.delete(`/api/classes/${cls.id}/dashboard`), 405, "GET, HEAD"],
      [request.post(`/api/classes/${cls.id}/responses.csv`), 405, "GET, HEAD"],
      [request.get(`/api/classes/${cls.id}/no-such-thing`), 404, null],
      [request.get(`/api/classes/${cls.id}/responses/news-p1/extra`), 404, null],
    ];
    for (const [pending, status, allow] of checks) {
      const response = await pending;
      expect(response.status(), response.url()).toBe(status);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(response.headers()["cache-control"]).toBe("no-store");
      if (allow) expect(response.headers().allow).toBe(allow);
      expect(await response.json()).toHaveProperty("error");
    }
  });
});
