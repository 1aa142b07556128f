import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { OPINION, REPORT } from "./fixtures/articles";

const PORT = Number(process.env.E2E_RESTART_PORT ?? 3199);
const base = `http://127.0.0.1:${PORT}`;

/** A production server of our own on embedded PGlite (no DATABASE_URL), so the test can stop and restart it. */
async function startServer(dataDir: string): Promise<ChildProcess> {
  const { DATABASE_URL: _unused, ...inherited } = process.env;
  const env = { ...inherited, PARALLAX_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" };
  const child = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env,
    stdio: "ignore",
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/comparisons`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error("the server did not start");
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

test("a saved comparison is still there after a server restart, on the default embedded database", async () => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "parallax-restart-"));
  try {
    let server = await startServer(dataDir);
    const created = await fetch(`${base}/api/comparisons`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: "Restart check", documents: [REPORT, { ...OPINION, url: null }] }),
    });
    expect(created.status).toBe(201);
    const { slug, editKey } = (await created.json()) as { slug: string; editKey: string };
    const before = await (await fetch(`${base}/api/comparisons/${slug}`)).json();
    await stopServer(server);

    server = await startServer(dataDir);
    const again = await fetch(`${base}/api/comparisons/${slug}`);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(before);
    expect((await fetch(`${base}/compare/${slug}`)).status).toBe(200);
    const owner = { Authorization: `Bearer ${editKey}` };
    expect(
      (await fetch(`${base}/api/comparisons/${slug}`, { method: "DELETE", headers: owner })).status,
    ).toBe(204);
    await stopServer(server);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
