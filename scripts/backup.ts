/**
 * `npm run backup [-- FILE]`: backs up the store the app uses (DATABASE_URL, else PARALLAX_DATA_DIR or
 * .data/). PostgreSQL is dumped while the app runs; the embedded store needs the server stopped first.
 * `npm run restore -- FILE`: restores into that store (PostgreSQL), or into an empty data folder.
 */
import path from "node:path";
import { defaultTarget } from "../lib/db/client";
import { type BackupTarget, backup, restore } from "../lib/ops/backup";

const [command, file] = process.argv.slice(2);
const configured = defaultTarget();
// The app's target is always a server or a folder; "memory" exists for tests only.
const target: BackupTarget = "memory" in configured ? { dataDir: ".data" } : configured;
const where = "url" in target ? "the PostgreSQL database in DATABASE_URL" : target.dataDir;

async function main() {
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const out = file ?? path.join("backups", `parallax-${stamp}.${"url" in target ? "dump" : "tar.gz"}`);
    const bytes = await backup(target, out);
    console.log(`Backed up ${where} to ${out} (${Math.round(bytes / 1024)} KB).`);
  } else if (command === "restore" && file) {
    await restore(file, target);
    console.log(`Restored ${file} into ${where}.`);
  } else {
    console.error("Usage: npm run backup [-- FILE] | npm run restore -- FILE");
    process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
