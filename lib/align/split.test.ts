import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitPassages } from "./split";

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe("splitPassages", () => {
  it("splits paragraphs at blank lines and normalises whitespace only", () => {
    expect(splitPassages("  First   paragraph,\nstill first.\n\n\n Second  one  ")).toEqual([
      { type: "paragraph", text: "First paragraph, still first." },
      { type: "paragraph", text: "Second one" },
    ]);
  });

  it("recognises headings, list items, block quotes and figcaptions", () => {
    const text = [
      "# Pragmatic Reasons",
      "- acted as an intermediary;\n- established a mechanism;",
      "1. first\n2. second",
      "> Quoted one.\n>\n> Quoted two.",
      "<figcaption>Palestinians mourning in Khan Younis &amp; Gaza.</figcaption>",
    ].join("\n\n");
    expect(splitPassages(text)).toEqual([
      { type: "heading", text: "Pragmatic Reasons" },
      { type: "list-item", text: "acted as an intermediary;" },
      { type: "list-item", text: "established a mechanism;" },
      { type: "list-item", text: "first" },
      { type: "list-item", text: "second" },
      { type: "quote", text: "Quoted one." },
      { type: "quote", text: "Quoted two." },
      { type: "caption", text: "Palestinians mourning in Khan Younis & Gaza." },
    ]);
  });

  it("drops inline markup but keeps every word, entities decoded", () => {
    expect(
      splitPassages(
        "A **bold** claim, a [linked source](https://x.test) and `code` &mdash; &#8220;quoted&#8221;.",
      ),
    ).toEqual([{ type: "paragraph", text: "A bold claim, a linked source and code — “quoted”." }]);
  });

  it("keeps typos and odd punctuation as written", () => {
    expect(splitPassages("A secret meeing on March 3/20 — ect.")[0]?.text).toBe(
      "A secret meeing on March 3/20 — ect.",
    );
  });

  it("skips empty blocks", () => {
    expect(splitPassages("\n\n   \n\n---\n\nOnly one.\n\n")).toEqual([
      { type: "paragraph", text: "Only one." },
    ]);
  });

  it("property: plain paragraphs keep exactly their words, in order", () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9'’]{0,9}[,;:?!]?$/);
    const paragraph = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (paras) => {
        const passages = splitPassages(paras.join("\n\n"));
        expect(passages.flatMap((p) => words(p.text))).toEqual(paras.flatMap(words));
        expect(passages.every((p) => p.type === "paragraph")).toBe(true);
      }),
    );
  });
});

describe("pathological input", () => {
  it("reads huge or deeply nested runs as plain paragraphs, without losing the other passages", () => {
    // "> > > …" overflowed marked's stack; "_a_a…" kept its inline rules busy for seconds.
    const text = ["First paragraph.", "> ".repeat(30_000), "_a".repeat(30_000), "Last paragraph."].join(
      "\n\n",
    );
    const passages = splitPassages(text);
    expect(passages.map((p) => p.type)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
    expect(passages[0]?.text).toBe("First paragraph.");
    expect(passages[3]?.text).toBe("Last paragraph.");
  });
});
