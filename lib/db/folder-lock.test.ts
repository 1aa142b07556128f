import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import { DataFolderInUseError, type LockMode, lockAddress, lockDataFolder } from "./folder-lock";

type Report = { locked: true; pid: number } | { locked: false; holder: number | null; message: string };

const children: ChildProcess[] = [];
const dirs: string[] = [];

function freshDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "parallax-lock-"));
  dirs.push(dir);
  return dir;
}

/** A child process (tsx) that tries the lock at `at` and reports its first line. */
function child(dir: string, mode: LockMode, at = 0): { proc: ChildProcess; report: Promise<Report> } {
  const proc = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "lib/db/folder-lock-child.ts", dir, mode, String(at)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(proc);
  const report = new Promise<Report>((resolve, reject) => {
    let out = "";
    proc.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n")[0];
      if (out.includes("\n") && line) resolve(JSON.parse(line) as Report);
    });
    proc.once("exit", (code) => reject(new Error(`child exited (${code}) before reporting`)));
  });
  return { proc, report };
}

function killed(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once("exit", () => resolve());
    proc.kill("SIGKILL");
  });
}

afterEach(async () => {
  await Promise.all(children.splice(0).map(killed));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the data folder lock", { timeout: 30_000 }, () => {
  it("is exclusive within a process and free again after release", async () => {
    const dir = freshDir();
    const lock = await lockDataFolder(dir);
    const refused = await lockDataFolder(dir).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DataFolderInUseError);
    expect((refused as DataFolderInUseError).pid).toBe(process.pid);
    expect((refused as Error).message).toBe(
      `The data folder ${dir} is in use by this process; use DATABASE_URL (PostgreSQL) to run several processes.`,
    );
    await lock.release();
    await lock.release(); // idempotent
    const again = await lockDataFolder(dir);
    await again.release();
  });

  it("leaves no file in the data folder (nothing for Tailwind's scan)", async () => {
    const dir = freshDir();
    const lock = await lockDataFolder(dir, "abstract");
    try {
      expect(readdirSync(dir)).toEqual([]);
      expect(lock.address.startsWith("\0")).toBe(true);
    } finally {
      await lock.release();
    }
  });

  it("names one lock per real folder: a symlink to it is the same folder, another folder is not", async () => {
    const dir = freshDir();
    const link = path.join(freshDir(), "link");
    symlinkSync(dir, link);
    const lock = await lockDataFolder(dir);
    try {
      await expect(lockDataFolder(link)).rejects.toBeInstanceOf(DataFolderInUseError);
      const other = await lockDataFolder(freshDir());
      await other.release();
    } finally {
      await lock.release();
    }
  });

  for (const mode of ["abstract", "file"] as const) {
    it(`(${mode}) refuses another process, naming its PID, and is free the moment it is SIGKILLed`, async () => {
      const dir = freshDir();
      const holder = child(dir, mode);
      const held = await holder.report;
      expect(held).toEqual({ locked: true, pid: holder.proc.pid });
      const refused = await lockDataFolder(dir, mode).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(DataFolderInUseError);
      expect((refused as Error).message).toBe(
        `The data folder ${dir} is in use by process ${holder.proc.pid}; use DATABASE_URL (PostgreSQL) to run several processes.`,
      );

      await killed(holder.proc);
      // No waiting and no cleanup: the kernel freed the name (or the file's socket refuses and is replaced).
      if (mode === "file") expect(existsSync(lockAddress(dir, mode))).toBe(true);
      const lock = await lockDataFolder(dir, mode);
      await lock.release();
      if (mode === "file") expect(existsSync(lockAddress(dir, mode))).toBe(false);
    });
  }

  it("lets exactly one of several processes starting at the same moment win", async () => {
    const dir = freshDir();
    const at = Date.now() + 1500; // after every child has loaded tsx
    const racers = Array.from({ length: 4 }, () => child(dir, "abstract", at));
    const reports = await Promise.all(racers.map((r) => r.report));
    const winners = reports.filter((r) => r.locked);
    expect(winners).toHaveLength(1);
    const winner = winners[0]?.pid;
    for (const r of reports) if (!r.locked) expect(r.holder).toBe(winner);
  });
});
