/**
 * Import cycles between lib/ folders (lib/corpus ⇄ lib/framing…): each folder is a domain, and domains
 * must form layers. Run by `npm run check` and `npm test` (through its test) and on its own:
 * `tsx scripts/checks/folder-cycles.ts` prints each cycle with one import that closes it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`: type-only imports count too. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

export interface Edge {
  from: string;
  to: string;
  /** One file that makes it, for the message. */
  file: string;
}

/** lib/<folder>/… → folder; null outside lib/. */
export function folderOf(file: string): string | null {
  const parts = file.split(/[\\/]/);
  return parts[0] === "lib" && parts.length > 2 ? (parts[1] ?? null) : null;
}

/** The project-relative file a specifier points at (extension left off), or null for packages. */
export function resolveSpecifier(importer: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.posix.join(path.posix.dirname(importer), specifier);
  return null;
}

/** Folder-to-folder edges of the given sources (project-relative paths and their text). */
export function folderEdges(sources: { file: string; text: string }[]): Edge[] {
  const edges = new Map<string, Edge>();
  for (const { file, text } of sources) {
    const from = folderOf(file);
    if (!from) continue;
    for (const match of text.matchAll(SPECIFIER)) {
      const target = resolveSpecifier(file, match[1] ?? "");
      const to = target ? folderOf(target.endsWith("/") ? `${target}index` : target) : null;
      if (to && to !== from && !edges.has(`${from}>${to}`)) edges.set(`${from}>${to}`, { from, to, file });
    }
  }
  return [...edges.values()];
}

/** Every cycle's folders (strongly connected components of more than one folder), sorted. */
export function folderCycles(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  // Tarjan's algorithm.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack.delete(w);
      component.push(w);
    }
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return cycles;
}

/** The non-test TypeScript sources under lib/. */
export function libSources(root = "."): { file: string; text: string }[] {
  return readdirSync(path.join(root, "lib"), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => {
      const file = path.posix.join("lib", f.split(path.sep).join("/"));
      return { file, text: readFileSync(path.join(root, file), "utf8") };
    });
}

/** "corpus ⇄ framing: lib/corpus/schema.ts → framing, lib/framing/x.ts → corpus". */
export function describeCycles(edges: Edge[]): string[] {
  return folderCycles(edges).map((cycle) => {
    const inside = edges.filter((e) => cycle.includes(e.from) && cycle.includes(e.to));
    return `${cycle.join(" ⇄ ")}: ${inside.map((e) => `${e.file} → ${e.to}`).join(", ")}`;
  });
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const problems = describeCycles(folderEdges(libSources()));
  for (const p of problems) console.error(`import cycle between lib/ folders: ${p}`);
  if (problems.length === 0) console.log("lib/ folders: no import cycles");
  process.exitCode = problems.length > 0 ? 1 : 0;
}
