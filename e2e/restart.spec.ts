import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { groupAlive, type NextProcess, portRefuses, startNext } from "../scripts/next-process";
import { OPINION, REPORT } from "./fixtures/articles";

const PORT = Number(process.env.E2E_RESTART_PORT ?? 3199);

/** A production server of our own on embedded PGlite (no DATABASE_URL), so the test can stop and restart it. */
function startServer(dataDir: string): Promise<NextProcess> {
  return startNext(PORT, { env: { DATABASE_URL: undefined, PARALLAX_DATA_DIR: dataDir } });
}

test("a saved comparison is still there after a server restart, on the default embedded database", async () => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "parallax-restart-"));
  const servers: NextProcess[] = [];
  try {
    const first = await startServer(dataDir);
    servers.push(first);
    const base = first.baseUrl;
    const created = await fetch(`${base}/api/comparisons`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: "Restart check", documents: [REPORT, { ...OPINION, url: null }] }),
    });
    expect(created.status).toBe(201);
    const { slug, editKey } = (await created.json()) as { slug: string; editKey: string };
    const before = await (await fetch(`${base}/api/comparisons/${slug}`)).json();
    await first.stop();

    // Proof that a new process answers below: the first one is entirely gone (npx, next and
    // next-server: kill(-pgid, 0) fails) and nothing listened on the port before the second started.
    expect(groupAlive(first.pgid)).toBe(false);
    expect(await portRefuses(PORT)).toBe(true);
    const second = await startServer(dataDir);
    servers.push(second);
    expect(second.pgid).not.toBe(first.pgid);

    const again = await fetch(`${base}/api/comparisons/${slug}`);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(before);
    expect((await fetch(`${base}/compare/${slug}`)).status).toBe(200);
    const owner = { Authorization: `Bearer ${editKey}` };
    expect(
      (await fetch(`${base}/api/comparisons/${slug}`, { method: "DELETE", headers: owner })).status,
    ).toBe(204);
    await second.stop();
    expect(groupAlive(second.pgid)).toBe(false);
  } finally {
    // No server outlives the test, whatever failed.
    for (const server of servers) if (groupAlive(server.pgid)) await server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
