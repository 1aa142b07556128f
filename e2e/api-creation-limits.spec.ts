import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { type NextProcess, startNext } from "../scripts/next-process";
import { SEED } from "./class-api";

/**
 * A server of our own with the default creation limits (the suite's server raises them) and one
 * trusted proxy hop, so X-Forwarded-For's right-most entry is the client: each test names its client.
 */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let server: NextProcess | undefined;
let base = "";
let dataDir = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(60_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "parallax-limits-"));
  server = await startNext(await freePort(), {
    env: {
      DATABASE_URL: undefined,
      PARALLAX_CLASSES_PER_HOUR: undefined,
      PARALLAX_IMPORTS_PER_HOUR: undefined,
      PARALLAX_DATA_DIR: dataDir,
      PARALLAX_TRUSTED_PROXIES: "1",
    },
    stdio: "ignore",
  });
  base = server.baseUrl;
});

test.afterAll(async () => {
  // The whole process group (npx, next, next-server) has ended before its data folder goes: npx alone
  // exited first, and PGlite was still writing into the folder being removed.
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const post = (url: string, body: unknown, client: string) =>
  fetch(`${base}${url}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Forwarded-For": `192.0.2.1, ${client}` },
    body: JSON.stringify(body),
  });

test("30 new activities an hour per client address, then 429 with Retry-After", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++)
    statuses.push((await post("/api/classes", { comparison: SEED, title: `P${i}` }, "198.51.100.7")).status);
  expect(statuses.every((s) => s === 201)).toBe(true);
  const refused = await post("/api/classes", { comparison: SEED, title: "One more" }, "198.51.100.7");
  expect(refused.status).toBe(429);
  expect(refused.headers.get("content-type")).toContain("application/json");
  // 30 an hour: the allowance comes back when the hour that began with the first one ends.
  const wait = Number(refused.headers.get("retry-after"));
  expect(wait).toBeGreaterThan(3000);
  expect(wait).toBeLessThanOrEqual(3600);
  expect((await refused.json()).error).toMatch(/Too many new activities.*Try again in \d+ s/);
  // Another client (the right-most entry, written by the trusted proxy) is not affected.
  expect((await post("/api/classes", { comparison: SEED, title: "Other" }, "198.51.100.8")).status).toBe(201);
});

test("20 import attempts an hour per client address, then 429 with Retry-After", async () => {
  for (let i = 0; i < 20; i++) expect((await post("/api/comparisons", {}, "203.0.113.5")).status).toBe(400);
  const refused = await post("/api/comparisons", {}, "203.0.113.5");
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3000);
  expect((await refused.json()).error).toMatch(/Too many new imports/);
  expect((await post("/api/comparisons", {}, "203.0.113.6")).status).toBe(400);
});
