import { expect, test } from "@playwright/test";

test("health says the process is up; ready says the database is open and migrated", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", uptimeSeconds: expect.any(Number) });
  expect(health.headers()["cache-control"]).toBe("no-store");

  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  const body = await ready.json();
  expect(body.status).toBe("ready");
  expect(["pglite", "postgres"]).toContain(body.database);
  expect(JSON.stringify(body)).not.toMatch(/postgres:\/\//);

  for (const path of ["/api/health", "/api/ready"]) {
    const post = await request.post(path, { data: {} });
    expect(post.status()).toBe(405);
    expect(post.headers().allow).toBe("GET, HEAD");
  }
});
