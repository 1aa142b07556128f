import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
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

let child: ChildProcess | undefined;
let base = "";
let dataDir = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dataDir = mkdtempSync(path.join(tmpdir(), "parallax-limits-"));
  const {
    DATABASE_URL: _a,
    PARALLAX_CLASSES_PER_HOUR: _b,
    PARALLAX_IMPORTS_PER_HOUR: _c,
    ...inherited
  } = process.env;
  const env = {
    ...inherited,
    PARALLAX_DATA_DIR: dataDir,
    PARALLAX_TRUSTED_PROXIES: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // Its own process group, so stopping it stops next's children too (killing npx alone leaves them).
  child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 160; i++) {
    try {
      if ((await fetch(`${base}/api/comparisons`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start");
});

test.afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await exited;
  }
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
