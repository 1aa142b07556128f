/**
 * Run by client.test.ts in a child process: the app's getDb() (PARALLAX_DATA_DIR), one save, then SIGTERM.
 * Prints whether concurrent first calls shared one instance.
 */
import { sampleImport } from "./fixtures";
import { getDb, saveComparison } from "./index";

const [a, b] = await Promise.all([getDb(), getDb()]);
await saveComparison(a, sampleImport);
process.stdout.write(JSON.stringify({ shared: a === b }));
process.kill(process.pid, "SIGTERM");
