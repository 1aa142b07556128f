/**
 * Run by folder-lock.test.ts in child processes: tries to lock the folder in argv[2] (mode argv[3]) at
 * the moment in argv[4] (ms since the epoch, so several children try at once), prints one JSON line,
 * then holds the lock until killed. A refused child exits.
 */
import { DataFolderInUseError, type LockMode, lockDataFolder } from "./folder-lock";

const [dataDir = "", mode = "abstract", at = "0"] = process.argv.slice(2);
const wait = Number(at) - Date.now();
if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
try {
  await lockDataFolder(dataDir, mode as LockMode);
  process.stdout.write(`${JSON.stringify({ locked: true, pid: process.pid })}\n`);
  setInterval(() => {}, 60_000); // hold: the lock itself does not keep the process alive
} catch (error) {
  if (!(error instanceof DataFolderInUseError)) throw error;
  process.stdout.write(`${JSON.stringify({ locked: false, holder: error.pid, message: error.message })}\n`);
}
