/**
 * What `bench:class` runs against: a private PostgreSQL (initdb in a mktemp dir under /tmp, as .ci/run
 * does; outside the project, which Tailwind scans) and `next start` on DATABASE_URL, in its own process
 * group so the bench can SIGKILL it like a crash and start it again.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { startNext } from "../next-process";

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
  /** SIGTERM, then SIGKILL if it lingers; both resolve once the group is gone and the port free. */
  stop(): Promise<void>;
}

/** On PostgreSQL (`databaseUrl`), or on the embedded store in `{ dataDir }`. */
export async function startApp(
  port: number,
  store: string | { dataDir: string },
  timeoutMs = 60_000,
): Promise<AppServer> {
  const env =
    typeof store === "string"
      ? { DATABASE_URL: store }
      : { DATABASE_URL: undefined, PARALLAX_DATA_DIR: store.dataDir };
  const server = await startNext(port, { env, timeoutMs });
  return { baseUrl: server.baseUrl, kill: server.kill, stop: server.stop };
}
