/**
 * Backup and restore of either store. PostgreSQL: `pg_dump` in its custom format while the app runs
 * (a consistent snapshot), `pg_restore` back. Embedded PGlite: a gzipped tarball of its data folder,
 * which only one process may open, so the server must be stopped first (the folder's lock says so).
 */
import "server-only";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";

const run = promisify(execFile);

export type BackupTarget = { url: string } | { dataDir: string };

/** Writes a backup of `target` to `file` (created with its folder) and returns the bytes written. */
export async function backup(target: BackupTarget, file: string): Promise<number> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if ("url" in target) {
    await run("pg_dump", ["--format=custom", "--no-owner", "--file", file, "--dbname", target.url]);
  } else {
    if (!existsSync(path.join(target.dataDir, "PG_VERSION")))
      throw new Error(`${target.dataDir} holds no Parallax database.`);
    const db = await PGlite.create(target.dataDir);
    try {
      const tarball = await db.dumpDataDir("gzip");
      writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await db.close();
    }
  }
  return readFileSync(file).byteLength;
}

/**
 * Restores `file` into `target`. PostgreSQL: objects the backup holds are dropped and recreated.
 * Embedded: the folder must be empty or missing, so a restore never mixes two databases.
 */
export async function restore(file: string, target: BackupTarget): Promise<void> {
  if ("url" in target) {
    await run("pg_restore", [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--single-transaction",
      "--dbname",
      target.url,
      file,
    ]);
    return;
  }
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0)
    throw new Error(
      `${target.dataDir} is not empty: restore into a new folder, then point PARALLAX_DATA_DIR at it.`,
    );
  mkdirSync(target.dataDir, { recursive: true });
  const db = await PGlite.create(target.dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  await db.close();
}
