import { type APIRequestContext, expect, test } from "@playwright/test";
import pg from "pg";
import { bearer, clientId, createClass, join } from "./class-api";
import { OPINION, REPORT } from "./fixtures/articles";

const CORRECTION = {
  topics: [{ id: "bridge-vote", label: "The vote" }],
  passages: { "doc-1-p2": ["bridge-vote"] },
  links: [],
};

async function importOne(request: APIRequestContext, title: string) {
  const created = await request.post("/api/comparisons", {
    data: { title, documents: [REPORT, { ...OPINION, url: null }] },
  });
  expect(created.status()).toBe(201);
  expect(created.headers()["cache-control"]).toBe("no-store");
  return (await created.json()) as { slug: string; editKey: string };
}

test.describe("imports belong to whoever holds their edit key", () => {
  test("POST returns a key once; PATCH and DELETE need it, in any case of `Bearer`", async ({ request }) => {
    const { slug, editKey } = await importOne(request, "Owner key check");
    expect(editKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(slug).toMatch(/^owner-key-check-[a-z2-9]{10}$/);
    const other = await importOne(request, "Owner key check");
    const url = `/api/comparisons/${slug}`;
    const before = await (await request.get(url)).json();
    expect(JSON.stringify(before)).not.toContain(editKey);

    const refusals: [string, Record<string, string>][] = [
      ["no key", {}],
      ["another import's key", bearer(other.editKey)],
      ["a made-up key", bearer("k".repeat(43))],
      ["a malformed key", { Authorization: `Bearer ${editKey}=` }],
      ["the key as Basic", { Authorization: `Basic ${editKey}` }],
    ];
    for (const [what, headers] of refusals) {
      for (const res of [
        await request.patch(url, { data: CORRECTION, headers }),
        await request.delete(url, { headers }),
        await request.post(`${url}/key`, { headers }),
      ]) {
        expect(res.status(), `${what}: ${res.url()}`).toBe(401);
        expect(res.headers()["www-authenticate"]).toMatch(/^Bearer/);
        expect((await res.json()).error).toMatch(/edit key/);
      }
    }
    expect(await (await request.get(url)).json()).toEqual(before);

    expect((await request.post(`${url}/key`, { headers: bearer(editKey) })).status()).toBe(204);
    const lower = await request.patch(url, {
      data: CORRECTION,
      headers: { Authorization: `bearer ${editKey}` },
    });
    expect(lower.status()).toBe(200);
    expect((await lower.json()).topics).toEqual([expect.objectContaining({ id: "bridge-vote" })]);
    expect((await request.delete(url, { headers: { Authorization: `BEARER ${editKey}` } })).status()).toBe(
      204,
    );
    expect((await request.get(url)).status()).toBe(404);
    await request.delete(`/api/comparisons/${other.slug}`, { headers: bearer(other.editKey) });
  });

  test("an import stored before keys existed is read-only", async ({ request }) => {
    const database = process.env.TEST_DATABASE_URL;
    test.skip(!database, "needs the server's database (TEST_DATABASE_URL) to make a key-less import");
    const { slug, editKey } = await importOne(request, "Legacy import");
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    try {
      await client.query("update comparisons set edit_key_hash = null where slug = $1", [slug]);
    } finally {
      await client.end();
    }
    for (const res of [
      await request.patch(`/api/comparisons/${slug}`, { data: CORRECTION, headers: bearer(editKey) }),
      await request.delete(`/api/comparisons/${slug}`, { headers: bearer(editKey) }),
      await request.delete(`/api/comparisons/${slug}`),
    ]) {
      expect(res.status()).toBe(403);
      expect((await res.json()).error).toMatch(/before edit keys existed: it is read-only/);
    }
    expect((await request.get(`/api/comparisons/${slug}`)).status()).toBe(200);
  });

  test("a delete is refused with 409 while a class activity uses the import, and the class lives on", async ({
    request,
  }) => {
    const { slug, editKey } = await importOne(request, "Used by a class");
    const cls = await createClass(request, { comparison: slug, title: "Civics" });
    const student = await join(request, cls.joinCode, "Dee");
    const tag = await request.post(`/api/classes/${cls.id}/responses`, {
      headers: bearer(student.studentToken),
      data: { passageId: "doc-1-p2", label: "fact", clientId: clientId() },
    });
    expect(tag.status()).toBe(201);

    const refused = await request.delete(`/api/comparisons/${slug}`, { headers: bearer(editKey) });
    expect(refused.status()).toBe(409);
    expect(await refused.json()).toEqual({
      error: "1 class activity uses this comparison: its teacher must delete it first. Nothing was deleted.",
      activities: 1,
    });
    expect((await request.get(`/api/comparisons/${slug}`)).status()).toBe(200);
    const dashboard = await request.get(`/api/classes/${cls.id}/dashboard`, {
      headers: bearer(cls.teacherToken),
    });
    expect(dashboard.status()).toBe(200);
    expect((await dashboard.json()).responses).toBe(1);
    const me = await request.get(`/api/classes/${cls.id}/me`, { headers: bearer(student.studentToken) });
    expect(me.status()).toBe(200);
    expect((await me.json()).responses).toHaveLength(1);
  });

  test("the list shows the seeds only; an import's cue report is never kept by shared caches", async ({
    request,
  }) => {
    const { slug, editKey } = await importOne(request, "Not listed");
    const list = await (await request.get("/api/comparisons")).json();
    expect(list.comparisons.length).toBeGreaterThan(0);
    for (const c of list.comparisons) expect(c.origin).toBe("seed");
    expect(JSON.stringify(list)).not.toContain(slug);
    expect(await (await request.get("/comparisons")).text()).not.toContain(slug);

    const cues = await request.get(`/api/comparisons/${slug}/cues`);
    expect(cues.status()).toBe(200);
    expect(cues.headers()["cache-control"]).toBe("private, no-cache");
    const again = await request.get(`/api/comparisons/${slug}/cues`, {
      headers: { "If-None-Match": cues.headers().etag ?? "" },
    });
    expect(again.status()).toBe(304);
    const seed = await request.get("/api/comparisons/israel-russia/cues");
    expect(seed.headers()["cache-control"]).toMatch(/^public/);
    await request.delete(`/api/comparisons/${slug}`, { headers: bearer(editKey) });
    expect((await request.get(`/api/comparisons/${slug}/cues`)).status()).toBe(404);
  });
});
