import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const shared = path.join(process.cwd(), "..", "shared", "seeds");
const files = ["news-report.nyt.2024-03-19.txt", "opinion-and-comments.israpundit.2021-04-18.txt"];

// The seeds live in data/ so a clone is self-contained; where ../shared is beside it (CI), prove the copy is exact.
describe.skipIf(!existsSync(shared))("data/seeds", () => {
  it.each(files)("%s is a byte-for-byte copy of ../shared/seeds", (file) => {
    const ours = readFileSync(path.join(process.cwd(), "data", "seeds", file));
    expect(ours.equals(readFileSync(path.join(shared, file)))).toBe(true);
  });
});
