import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const TESTS = ["{lib,app,components,scripts}/**/*.test.ts"];

/**
 * Suites that open a database (PGlite's wasm start, PostgreSQL when TEST_DATABASE_URL is set), start
 * compute worker threads or child processes: most of the run's time. `npm run check` runs the rest
 * (`--project fast`); `npm test` and CI run both.
 */
export const SLOW_TESTS = [
  "lib/db/**/*.test.ts",
  "lib/compute/**/*.test.ts",
  "lib/ops/backup.test.ts",
  "lib/classroom/{client-limits,limits,rate-limit,service-resume}.test.ts",
  "lib/api/creation-refusal.test.ts",
  "app/api/import/extract/slow-upload.test.ts",
];

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Outside React's server condition `server-only` throws; tests import server modules on purpose.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    projects: [
      // Pure logic: one thread pool without per-file isolation (12 s instead of 32 s here); these suites
      // keep no state between files. The slow suites keep the default isolated forks.
      {
        extends: true,
        test: {
          name: "fast",
          include: TESTS,
          exclude: SLOW_TESTS,
          pool: "threads",
          isolate: false,
          // The property tests (CSV, XSS) take 1-2 s alone and over 5 s beside the slow suites at load 15.
          testTimeout: 20_000,
        },
      },
      { extends: true, test: { name: "slow", include: SLOW_TESTS } },
    ],
  },
});
