import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { groupAlive, type NextProcess, startNext } from "../scripts/next-process";
import { OPINION, REPORT } from "./fixtures/articles";

/** Two servers at once: this port and the next one. */
const PORT = Number(process.env.E2E_LOCK_PORT ?? 3197);

function startOn(port: number, dataDir: string): Promise<NextProcess> {
  return startNext(port, {
    env: { DATABASE_URL: undefined, PARALLAX_DATA_DIR: dataDir },
    // A server refused the folder still starts; its database routes answer 503.
    ready: (r) => r.ok || r.status === 503,
  });
}

async function save(base: string, title: string): Promise<{ status: number; slug?: string }> {
  const response = await fetch(`${base}/api/comparisons`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title, documents: [REPORT, { ...OPINION, url: null }] }),
  });
  const body = (await response.json()) as { slug?: string };
  return { status: response.status, slug: body.slug };
}

/** The process group a PID belongs to (field 5 of /proc/PID/stat, after the parenthesised name). */
function pgidOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
}

test("a second server on the same data folder is refused; the first keeps working; nothing is lost", async () => {
  test.skip(process.platform !== "linux", "reads /proc to check which process holds the folder");
  test.setTimeout(150_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "parallax-lock-e2e-"));
  const servers: NextProcess[] = [];
  try {
    const a = await startOn(PORT, dataDir);
    servers.push(a);
    const one = await save(a.baseUrl, "Saved through A");
    expect(one.status).toBe(201);

    const b = await startOn(PORT + 1, dataDir);
    servers.push(b);
    const refused = await fetch(`${b.baseUrl}/api/ready`);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /data folder is in use by another server process/,
    );
    expect((await save(b.baseUrl, "Lost?")).status).toBe(503);
    // The operator's log names the folder and the holder: A's next-server.
    const logged = /The data folder (.+) is in use by process (\d+); use DATABASE_URL/.exec(b.output());
    expect(logged?.[1]).toBe(dataDir);
    expect(pgidOf(Number(logged?.[2]))).toBe(a.pgid);

    // A is unaffected.
    const two = await save(a.baseUrl, "Saved through A after B was refused");
    expect(two.status).toBe(201);
    // Imports are not listed: count the two saved ones that each server can read by their links.
    const listed = async (base: string) => {
      const found = await Promise.all(
        [one.slug, two.slug].map(async (slug) => (await fetch(`${base}/api/comparisons/${slug}`)).status),
      );
      return found.filter((status) => status === 200);
    };
    expect(await listed(a.baseUrl)).toHaveLength(2);
    const before = await (await fetch(`${a.baseUrl}/api/comparisons/${one.slug}`)).json();

    // A crashes (SIGKILL: no shutdown hook): B takes the folder at its next request, no cleanup needed.
    await a.kill();
    expect(await listed(b.baseUrl)).toHaveLength(2);
    expect(await (await fetch(`${b.baseUrl}/api/comparisons/${one.slug}`)).json()).toEqual(before);
    await b.stop();

    // Both stopped: a third server finds everything intact.
    const c = await startOn(PORT, dataDir);
    servers.push(c);
    expect(await listed(c.baseUrl)).toHaveLength(2);
    expect(await (await fetch(`${c.baseUrl}/api/comparisons/${one.slug}`)).json()).toEqual(before);
    await c.stop();
  } finally {
    for (const server of servers) if (groupAlive(server.pgid)) await server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
