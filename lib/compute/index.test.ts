import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AlignResult, alignResultSchema, LINK_THRESHOLD } from "../align";
import { BusyError, ComputeRefusedError, configureCompute, runTask, UPLOAD_LIMITS, workerActive } from ".";

const texts = ["The council voted 7 to 4 for the bridge.", "The 7 to 4 vote for the bridge was wrong."];
const input = { documents: texts.map((text) => ({ text })) };

/** What aligning `input` must give, wherever it runs: one passage each, linked, sharing a topic. */
function expectAligned(result: AlignResult): void {
  expect(alignResultSchema.parse(result)).toEqual(result);
  expect(result.documents.map((d) => d.passages.map((p) => [p.id, p.type, p.text]))).toEqual([
    [["doc-1-p1", "paragraph", texts[0]]],
    [["doc-2-p1", "paragraph", texts[1]]],
  ]);
  expect(result.links).toEqual([{ source: "doc-1-p1", target: "doc-2-p1", score: expect.any(Number) }]);
  expect(result.links[0]?.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
  const [a, b] = result.documents.map((d) => d.passages[0]?.topics ?? []);
  expect(a?.filter((t) => b?.includes(t)).length).toBeGreaterThan(0);
}

const page = {
  name: "a.html",
  content:
    "<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1><p>The council voted 7 to 4.</p></article></body></html>",
};

describe("runTask in the worker thread production uses", () => {
  // The same worker entry and protocol as in the Next server, loading the TypeScript sources via tsx.
  beforeAll(() => configureCompute({ worker: "tsx" }));
  afterAll(() => configureCompute());

  it("aligns in the worker thread", async () => {
    expectAligned(await runTask("align", input));
    expect(workerActive()).toBe(true);
  }, 60_000);

  it("reads an uploaded page in the worker thread (jsdom and Readability load there)", async () => {
    expect(await runTask("extract", page)).toEqual({
      ok: true,
      value: expect.objectContaining({
        title: "Bridge vote",
        text: expect.stringContaining("The council voted 7 to 4."),
      }),
    });
    expect(workerActive()).toBe(true);
  }, 60_000);

  it("brings a task's own refusal (413) back across the thread, with its message", async () => {
    const long = { documents: [{ text: "x".repeat(20_001) }, { text: "y" }] };
    await expect(runTask("align", long)).rejects.toThrow(
      expect.objectContaining({
        status: 413,
        message: expect.stringMatching(/^Passage 1 of text 1 has 20,001/),
      }),
    );
  }, 60_000);

  it("refuses an upload over the element limit up front (413), without queueing it", async () => {
    const file = { name: "a.html", content: "<p>x</p>".repeat(UPLOAD_LIMITS.maxElements + 1) };
    const refused = runTask("extract", file);
    await expect(refused).rejects.toBeInstanceOf(ComputeRefusedError);
    await expect(refused).rejects.toMatchObject({ status: 413 });
  });

  it("admits by estimated cost: while one huge job waits or runs, the next gets 429", async () => {
    const huge = { documents: [{ text: "a\n\n".repeat(30_000) }, { text: "b\n\n".repeat(30_000) }] };
    const first = runTask("align", huge);
    await expect(runTask("align", input)).rejects.toBeInstanceOf(BusyError);
    // Too many passages for storage: refused by the aligner once it has split them.
    await expect(first).rejects.toMatchObject({ status: 413 });
    expectAligned(await runTask("align", input));
  }, 60_000);
});

describe("the worker's memory ceiling", () => {
  // Between what aligning the small input needs (with the word table, under 80 MB) and what reading the
  // 1.9 MB page needs (over 96 MB): the first job must outgrow the ceiling, the second must not.
  beforeAll(() => configureCompute({ worker: "tsx", heapMb: 88 }));
  afterAll(() => configureCompute());

  it("stops a job that outgrows it with 413, and the next job runs on a new worker", async () => {
    const content = `<div>${`<p>${"word ".repeat(200)}</p>`.repeat(1_900)}</div>`;
    const big = runTask("extract", { name: "a.html", content });
    const next = runTask("align", input);
    await expect(big).rejects.toMatchObject({
      status: 413,
      message: expect.stringMatching(/more than 88 MB/),
    });
    expectAligned(await next);
  }, 90_000);
});

describe("runTask without a worker (scripts, route tests)", () => {
  it("runs in-process with the same result and the same refusals", async () => {
    expectAligned(await runTask("align", input));
    expect(workerActive()).toBe(false);
    await expect(
      runTask("align", { documents: [{ text: "x".repeat(20_001) }, { text: "y" }] }),
    ).rejects.toMatchObject({
      status: 413,
    });
  });
});
