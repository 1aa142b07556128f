/**
 * `next start` as a child the caller fully controls, for tests and benchmarks. `npx next start` is three
 * processes (npx, next, next-server); a signal to the first does not reach the last, which then keeps
 * the port and the data folder. So the server runs in its own process group and is stopped as a group,
 * and `stop()` returns only once the group is gone and the port refuses connections.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { connect } from "node:net";

const HOST = "127.0.0.1";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True while any process of the group is alive (kill(-pgid, 0) fails with ESRCH once all are gone). */
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

/** True when nothing listens on the port: a connection is refused. */
export function portRefuses(port: number, host = HOST): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

async function waitPortRefuses(port: number, waitMs: number): Promise<boolean> {
  for (const deadline = Date.now() + waitMs; Date.now() < deadline; await sleep(50))
    if (await portRefuses(port)) return true;
  return portRefuses(port);
}

export interface NextProcess {
  baseUrl: string;
  port: number;
  /** The process group (the pid of npx, its leader). */
  pgid: number;
  /** The last 8 KB of the server's output. */
  output(): string;
  /** SIGTERM to the group (PGlite closes cleanly), SIGKILL if it lingers; resolves once the port is free. */
  stop(): Promise<void>;
  /** SIGKILL to the group: no shutdown hooks, like a crash or an OOM kill. */
  kill(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string | undefined>;
  /** Another Next app to serve (the benchmarks' floor app); Parallax when absent. */
  dir?: string;
  /** Polled until `ready` accepts its response. */
  readyPath?: string;
  ready?: (response: Response) => boolean;
  timeoutMs?: number;
  /** Output to pipe (kept for output()) or drop. */
  stdio?: "pipe" | "ignore";
  /** Run the production build's standalone server (`node .next/standalone/server.js`), as the image does. */
  standalone?: boolean;
}

/** Starts `next start` (or the standalone server) on 127.0.0.1:port in a new process group, once the port is free. */
export async function startNext(port: number, options: StartOptions = {}): Promise<NextProcess> {
  const { env = {}, dir, readyPath = "/api/comparisons", ready = (r) => r.ok, timeoutMs = 60_000 } = options;
  // Otherwise an old server still on the port would answer the readiness check for the new one.
  if (!(await portRefuses(port))) throw new Error(`port ${port} is already in use`);
  const baseUrl = `http://${HOST}:${port}`;
  const [command, args] = options.standalone
    ? ["node", [".next/standalone/server.js"]]
    : ["npx", ["next", "start", ...(dir ? [dir] : []), "-p", String(port), "-H", HOST]];
  const io = options.stdio ?? "pipe";
  const child: ChildProcess = spawn(command, args, {
    detached: true,
    stdio: ["ignore", io, io],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: HOST, ...env },
  });
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`could not spawn ${command}`);
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // Safety net: whatever happens to the caller, the server does not outlive it.
  const safety = () => groupAlive(pgid) && process.kill(-pgid, "SIGKILL");
  process.on("exit", safety);

  const ended = async (signals: NodeJS.Signals[]) => {
    for (const signal of signals) await signalGroup(pgid, signal, signal === "SIGKILL" ? 3000 : 5000);
    if (groupAlive(pgid)) throw new Error(`server process group ${pgid} survived SIGKILL`);
    process.off("exit", safety);
    if (!(await waitPortRefuses(port, 5000)))
      throw new Error(`port ${port} still answers after the server ended`);
  };
  const server: NextProcess = {
    baseUrl,
    port,
    pgid,
    output: () => log,
    stop: () => ended(["SIGTERM", "SIGKILL"]),
    kill: () => ended(["SIGKILL"]),
  };

  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline && child.exitCode === null; ) {
    try {
      if (ready(await fetch(`${baseUrl}${readyPath}`))) return server;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  await server.stop();
  throw new Error(`next start did not answer on ${baseUrl} (exit ${child.exitCode}); its output:\n${log}`);
}
