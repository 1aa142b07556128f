/**
 * What `bench:class` runs against: a private PostgreSQL (initdb in a mktemp dir under /tmp, as .ci/run
 * does; outside the project, which Tailwind scans) and `next start` on DATABASE_URL, in its own process
 * group so the bench can SIGKILL it like a crash and start it again.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { groupAlive, signalGroup } from "./server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Postgres {
  url: string;
  stop(): void;
}

function pgBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  const latest = versions.at(-1);
  if (!latest)
    throw new Error("PostgreSQL is not installed (apt-get install -y postgresql), or set BENCH_DATABASE_URL");
  return path.join(root, latest, "bin");
}

/** initdb refuses to run as root: run the server tools as `postgres` when we are root. */
function asPostgres(command: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: ["ignore", "ignore", "inherit"] });
}

export function startPostgres(port = 54331): Postgres {
  const bin = pgBin();
  const dir = mkdtempSync("/tmp/parallax-bench-pg.");
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), 0);
  const data = path.join(dir, "data");
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "stop"]);
    } catch {
      // Not running (start failed): nothing to stop.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  try {
    asPostgres(path.join(bin, "initdb"), ["-D", data, "--auth=trust", "-U", "postgres"]);
    asPostgres(path.join(bin, "pg_ctl"), [
      "-D",
      data,
      "-o",
      `-h 127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "start",
    ]);
    asPostgres(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "parallax_bench"]);
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/parallax_bench`, stop };
}

export interface AppServer {
  baseUrl: string;
  /** SIGKILL to the whole group: no shutdown hooks, like a crash or an OOM kill. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL if it lingers. */
  stop(): Promise<void>;
}

export async function startApp(port: number, databaseUrl: string, timeoutMs = 60_000): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const pgid = child.pid;
  if (pgid === undefined) throw new Error("could not spawn next start");
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const safety = () => groupAlive(pgid) && process.kill(-pgid, "SIGKILL");
  process.on("exit", safety);
  const server: AppServer = {
    baseUrl,
    kill: async () => {
      await signalGroup(pgid, "SIGKILL", 5000);
      process.off("exit", safety);
    },
    stop: async () => {
      await signalGroup(pgid, "SIGTERM", 5000);
      await signalGroup(pgid, "SIGKILL", 3000);
      process.off("exit", safety);
    },
  };
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline && child.exitCode === null; ) {
    try {
      if ((await fetch(`${baseUrl}/api/comparisons`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  await server.stop();
  throw new Error(`next start did not answer on ${baseUrl}; its errors:\n${log}`);
}
