import { describe, expect, it } from "vitest";
import { describeCycles, folderCycles, folderEdges, libSources } from "./folder-cycles";

const src = (file: string, text: string) => ({ file, text });

describe("folder cycles", () => {
  it("finds a two-folder cycle through relative, alias and type-only imports", () => {
    const edges = folderEdges([
      src("lib/corpus/schema.ts", 'import { claim } from "../framing/schema";'),
      src("lib/framing/timeline.ts", 'import type { Doc } from "@/lib/corpus/schema";'),
      src("lib/db/read.ts", 'import { z } from "zod";\nexport * from "../corpus";'),
    ]);
    expect(folderCycles(edges)).toEqual([["corpus", "framing"]]);
    expect(describeCycles(edges)).toEqual([
      "corpus ⇄ framing: lib/corpus/schema.ts → framing, lib/framing/timeline.ts → corpus",
    ]);
  });

  it("finds a longer cycle, and none in a layered graph or within one folder", () => {
    const ring = folderEdges([
      src("lib/a/x.ts", 'import "../b/y";'),
      src("lib/b/y.ts", 'const m = await import("../c/z");'),
      src("lib/c/z.ts", 'export { q } from "../a/x";'),
    ]);
    expect(folderCycles(ring)).toEqual([["a", "b", "c"]]);
    const layered = folderEdges([
      src("lib/a/x.ts", 'import { y } from "../b/y";\nimport { w } from "./w";'),
      src("lib/a/w.ts", 'import { x } from "./x";'),
      src("lib/b/y.ts", 'import { z } from "../c/z";'),
    ]);
    expect(folderCycles(layered)).toEqual([]);
  });

  it("finds none between lib/ folders in this project", () => {
    expect(describeCycles(folderEdges(libSources()))).toEqual([]);
  });
});
