import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Debian's Chromium where it exists (Playwright cannot download browsers on our machines). */
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
/**
 * The server under test stores imports in PostgreSQL when CI provides one, else in a fresh embedded
 * PGlite directory, so runs never see each other's data (or a developer's `.data/`).
 */
// Set once in the runner's environment, which the test workers inherit, so all agree on one directory.
if (!process.env.TEST_DATABASE_URL && !process.env.E2E_DATA_DIR)
  process.env.E2E_DATA_DIR = mkdtempSync(path.join(tmpdir(), "parallax-e2e-"));
const storage: Record<string, string> = process.env.TEST_DATABASE_URL
  ? { DATABASE_URL: process.env.TEST_DATABASE_URL }
  : { PARALLAX_DATA_DIR: process.env.E2E_DATA_DIR ?? "" };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  // axe on the whole seed comparison takes 5–15 s on a busy 2-core machine; some tests run it twice.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    // Instant scrolling: assertions and axe never run mid-animation.
    contextOptions: { reducedMotion: "reduce" },
    launchOptions: { executablePath },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath } } }],
  webServer: {
    // The production build's standalone server, as the container image runs it (`npm test` builds first).
    command: "node .next/standalone/server.js",
    url: `http://127.0.0.1:${PORT}/api/comparisons`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // SIGTERM to the server's process group first, so PGlite closes cleanly; SIGKILL after 5 s.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
    // The suite creates many classes and imports from 127.0.0.1; api-creation-limits.spec.ts checks
    // the default limits on a server of its own.
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      PARALLAX_CLASSES_PER_HOUR: "100000",
      PARALLAX_IMPORTS_PER_HOUR: "100000",
      ...storage,
    },
  },
});
