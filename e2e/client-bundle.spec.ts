import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Server-only code must never reach the browser: zod (validation) and wink-nlp with its English model
// (language cues) would add hundreds of kilobytes to every page. Reads the production build's route stats.
test("the reading page ships neither zod nor the wink-nlp model to the browser", () => {
  const stats = JSON.parse(
    readFileSync(path.join(".next", "diagnostics", "route-bundle-stats.json"), "utf8"),
  ) as {
    route: string;
    firstLoadChunkPaths: string[];
  }[];
  const home = stats.find((r) => r.route === "/");
  expect(home, "route stats for /").toBeDefined();
  for (const chunk of home?.firstLoadChunkPaths ?? []) {
    const code = readFileSync(chunk, "utf8");
    expect(code.includes("ZodError"), `${chunk} contains zod`).toBe(false);
    expect(/wink-eng-lite-web-model|winkNLP/.test(code), `${chunk} contains wink-nlp`).toBe(false);
  }
});
