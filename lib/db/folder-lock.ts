/**
 * One process per PGlite data folder. Two PGlite instances on one folder destroy it, so the store takes
 * an exclusive lock before opening it: a local socket named from the folder's real path. Binding is
 * atomic (two processes starting at once: one wins), the kernel frees the name when the holder dies
 * (SIGKILL included), and the holder answers connections with its PID so the refusal can name it.
 *
 * - Linux: an abstract-namespace socket ("\0…"): no file at all, so nothing in the project for
 *   Tailwind's scan to trip on. Scope: one network namespace (see docs/decisions/embedded-store-lock.md).
 * - Windows: a named pipe, which behaves the same way.
 * - Elsewhere (macOS): a socket file in the OS temp folder; a file left by a killed holder refuses
 *   connections and is replaced.
 */
import "server-only";
import { createHash } from "node:crypto";
import { realpathSync, unlinkSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export type LockMode = "abstract" | "pipe" | "file";

export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    /** The holder's PID as it reported it; null if it did not answer in time. */
    readonly pid: number | null,
  ) {
    const who = pid === null ? "another process" : pid === process.pid ? "this process" : `process ${pid}`;
    super(
      `The data folder ${dataDir} is in use by ${who}; use DATABASE_URL (PostgreSQL) to run several processes.`,
    );
    this.name = "DataFolderInUseError";
  }
}

/**
 * By name, not `instanceof`: the server opens the store from instrumentation.ts, which Next bundles apart
 * from the routes, so a route may see an error made by another copy of this class.
 */
export function isDataFolderInUse(error: unknown): error is DataFolderInUseError {
  return error instanceof Error && error.name === "DataFolderInUseError";
}

export interface FolderLock {
  /** Where the lock lives (the socket's name); for diagnostics and tests. */
  readonly address: string;
  release(): Promise<void>;
}

export function defaultLockMode(platform: NodeJS.Platform = process.platform): LockMode {
  if (platform === "linux" || platform === "android") return "abstract";
  return platform === "win32" ? "pipe" : "file";
}

/** The lock's address for a folder (which must exist: its real path names the lock). */
export function lockAddress(dataDir: string, mode: LockMode = defaultLockMode()): string {
  const hash = createHash("sha256").update(realpathSync(dataDir)).digest("hex").slice(0, 32);
  const name = `parallax-data-${hash}`;
  if (mode === "abstract") return `\0${name}`;
  if (mode === "pipe") return `\\\\.\\pipe\\${name}`;
  return path.join(tmpdir(), `${name}.sock`);
}

/**
 * Takes the folder's lock or throws DataFolderInUseError naming the holder. Held until `release()` or
 * the end of the process; it does not keep the process alive.
 */
export async function lockDataFolder(
  dataDir: string,
  mode: LockMode = defaultLockMode(),
): Promise<FolderLock> {
  const address = lockAddress(dataDir, mode);
  // A few rounds: the holder may die between our failed bind and our connect (then we bind next round).
  for (let round = 0; round < 5; round++) {
    const server = await tryListen(address);
    if (server) return { address, release: () => closeServer(server) };
    const holder = await askHolder(address);
    if (holder.alive) throw new DataFolderInUseError(dataDir, holder.pid);
    // A socket file left by a killed holder: nobody answers on it, so it can go.
    if (mode === "file") removeStale(address);
  }
  throw new DataFolderInUseError(dataDir, null);
}

function tryListen(address: string): Promise<Server | null> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => {
      socket.on("error", () => {}); // a caller hanging up early is not our problem
      socket.end(JSON.stringify({ pid: process.pid }));
    });
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") resolve(null);
      else reject(error);
    });
    server.listen({ path: address, exclusive: true }, () => {
      server.unref();
      resolve(server);
    });
  });
}

interface Holder {
  alive: boolean;
  pid: number | null;
}

/** Connects to the holder and reads its PID. Refused or gone: no holder (it died meanwhile). */
function askHolder(address: string, timeoutMs = 2000): Promise<Holder> {
  return new Promise((resolve) => {
    let data = "";
    const socket = connect({ path: address });
    const done = (holder: Holder) => {
      socket.destroy();
      resolve(holder);
    };
    socket.setTimeout(timeoutMs, () => done({ alive: true, pid: null }));
    socket.on("data", (chunk: Buffer) => {
      data = (data + chunk.toString()).slice(0, 200);
    });
    socket.on("end", () => done({ alive: true, pid: parsePid(data) }));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      const gone = error.code === "ECONNREFUSED" || error.code === "ENOENT";
      done({ alive: !gone, pid: null });
    });
  });
}

function parsePid(text: string): number | null {
  try {
    const pid = (JSON.parse(text) as { pid?: unknown }).pid;
    return typeof pid === "number" && Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function removeStale(address: string): void {
  try {
    unlinkSync(address);
  } catch {
    // Already removed by another starter.
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) resolve();
    else server.close(() => resolve());
  });
}
