/**
 * Builds the app and runs its production server for the benchmarks. Measuring `next dev` would say
 * nothing about what readers get, so this is `next build` + `next start`, bound to 127.0.0.1 only. The
 * server runs in its own process group: stopping it ends `npx`, `next` and the `next-server` child, and
 * waits until the port is free.
 */
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { groupAlive, startNext } from "../next-process";

const HOST = "127.0.0.1";
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

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

export interface ServerOptions {
  timeoutMs?: number;
  /** E.g. PARALLAX_DATA_DIR, so a run's writes go to its own store. */
  env?: Record<string, string>;
  /** Another Next app to serve (the benchmarks' floor app); Parallax when absent. */
  dir?: string;
  /** Answers 200 once the server is ready. */
  readyPath?: string;
}

/**
 * Starts `next start` on `port` (its own process group, see scripts/next-process.ts) and resolves once
 * `readyPath` answers 200. Ctrl-C or SIGTERM to this script also ends the server.
 */
export async function startServer(
  port: number,
  { timeoutMs = 60_000, env = {}, dir, readyPath = "/api/comparisons" }: ServerOptions = {},
): Promise<Server> {
  const server = await startNext(port, { env, dir, readyPath, timeoutMs });
  // A detached group does not get the terminal's Ctrl-C: pass it on.
  const onSignal = () => {
    if (groupAlive(server.pgid)) process.kill(-server.pgid, "SIGKILL");
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const stop = async () => {
    await server.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
  return { baseUrl: server.baseUrl, stop };
}
