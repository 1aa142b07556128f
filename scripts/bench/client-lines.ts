/**
 * The reader's own client code, in lines (issue 14's bar: about 800 at most). Counted as the files of
 * components/reader marked "use client", plus the components/reader modules they import, followed
 * through imports. Shared UI (components/ui), other features and lib/ are not counted: lib/ holds
 * framework-free logic with its own tests, and a module another client file imports ships either way.
 * `npx tsx scripts/bench/client-lines.ts` prints the files and the total; `npm run bench:web` prints
 * the total.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const CLIENT_LINES_BAR = 800;
const DIR = "components/reader";

export interface ClientLines {
  files: { path: string; lines: number }[];
  total: number;
}

const lineCount = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
const isClient = (text: string) => /^\s*["']use client["']/.test(text);

/** `./x` and `@/components/reader/x` imports of a file, as paths that exist. */
function localImports(text: string): string[] {
  const specs = [...text.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1] ?? "");
  return specs.flatMap((spec) => {
    const name = spec.startsWith("./")
      ? spec.slice(2)
      : spec.startsWith(`@/${DIR}/`)
        ? spec.slice(DIR.length + 3)
        : null;
    if (name === null || name.includes("/")) return [];
    const file = [".tsx", ".ts"].map((ext) => join(DIR, name + ext)).find((f) => existsSync(f));
    return file ? [file] : [];
  });
}

export function countClientLines(): ClientLines {
  const read = (path: string) => readFileSync(path, "utf8");
  const queue = readdirSync(DIR)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join(DIR, f))
    .filter((path) => isClient(read(path)));
  const seen = new Set<string>();
  for (let path = queue.shift(); path; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...localImports(read(path)));
  }
  const files = [...seen].sort().map((path) => ({ path, lines: lineCount(read(path)) }));
  return { files, total: files.reduce((n, f) => n + f.lines, 0) };
}

export function clientLinesLine({ files, total }: ClientLines): string {
  const ok = total <= CLIENT_LINES_BAR;
  return `reader client code: ${total} lines in ${files.length} files | bar: ≤ ${CLIENT_LINES_BAR} | ${ok ? "ok" : "MISS"}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const counted = countClientLines();
  for (const f of counted.files) console.log(`${String(f.lines).padStart(5)}  ${f.path}`);
  console.log(clientLinesLine(counted));
}
