/**
 * Builds the app and runs its production server for the benchmarks. Measuring `next dev` would say
 * nothing about what readers get, so this is `next build` + `next start`, bound to 127.0.0.1 only. The
 * server runs in its own process group: stopping it ends `npx`, `next` and the `next-server` child.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";

const HOST = "127.0.0.1";
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Server {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** `next build` of Parallax (or of the app in `dir`), its output on stderr so stdout keeps only the results. */
export function buildApp(dir?: string): void {
  const args = ["next", "build", ...(dir ? [dir] : [])];
  const result = spawnSync("npx", args, { stdio: ["ignore", 2, 2], env: ENV });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, HOST);
  });
}

export async function findFreePort(from = 3300): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await isPortFree(port)) return port;
  throw new Error(`no free port in ${from}–${from + 99}`);
}

/** True while any process of the group is alive. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends `signal` to the whole group and waits up to `waitMs` for it to be gone. */
export async function signalGroup(pgid: number, signal: NodeJS.Signals, waitMs: number): Promise<void> {
  if (!groupAlive(pgid)) return;
  process.kill(-pgid, signal);
  for (let waited = 0; waited < waitMs && groupAlive(pgid); waited += 50) await sleep(50);
}

async function killGroup(pgid: number): Promise<void> {
  await signalGroup(pgid, "SIGTERM", 5000);
  await signalGroup(pgid, "SIGKILL", 3000);
  if (groupAlive(pgid)) throw new Error(`server process group ${pgid} survived SIGKILL`);
}

export interface ServerOptions {
  timeoutMs?: number;
  /** E.g. PARALLAX_DATA_DIR, so a run's writes go to its own store. */
  env?: Record<string, string>;
  /** Another Next app to serve (the benchmarks' floor app); Parallax when absent. */
  dir?: string;
  /** Answers 200 once the server is ready. */
  readyPath?: string;
}

/** Starts `next start` on `port` and resolves once `readyPath` answers 200. */
export async function startServer(
  port: number,
  { timeoutMs = 60_000, env = {}, dir, readyPath = "/api/comparisons" }: ServerOptions = {},
): Promise<Server> {
  const baseUrl = `http://${HOST}:${port}`;
  const args = ["next", "start", ...(dir ? [dir] : []), "-p", String(port), "-H", HOST];
  const child: ChildProcess = spawn("npx", args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...ENV, ...env },
  });
  const pgid = child.pid;
  if (pgid === undefined) throw new Error("could not spawn next start");
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // Safety net: whatever happens to this script, the server does not outlive it.
  const onExit = () => groupAlive(pgid) && process.kill(-pgid, "SIGKILL");
  const onSignal = () => {
    onExit();
    process.exit(130);
  };
  process.on("exit", onExit);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const stop = async () => {
    await killGroup(pgid);
    process.off("exit", onExit);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${baseUrl}${readyPath}`);
      if (response.ok) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`server did not answer on ${baseUrl} (exit ${child.exitCode}); its output:\n${log}`);
}
