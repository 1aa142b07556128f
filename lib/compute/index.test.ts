import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alignDocuments } from "../align";
import { BusyError, ComputeRefusedError, configureCompute, runTask, UPLOAD_LIMITS, workerActive } from ".";

const input = {
  documents: [
    { text: "The council voted 7 to 4 for the bridge." },
    { text: "The 7 to 4 vote for the bridge was wrong." },
  ],
};

describe("runTask in the worker thread production uses", () => {
  // The same worker entry and protocol as in the Next server, loading the TypeScript sources via tsx.
  beforeAll(() => configureCompute({ worker: "tsx" }));
  afterAll(() => configureCompute());

  it("answers what the task answers in-process", async () => {
    expect(await runTask("align", input)).toEqual(alignDocuments(input));
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
    expect(await runTask("align", input)).toEqual(alignDocuments(input));
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
    expect(await next).toEqual(alignDocuments(input));
  }, 90_000);
});

describe("runTask without a worker (scripts, route tests)", () => {
  it("runs in-process with the same result and the same refusals", async () => {
    expect(workerActive()).toBe(false);
    expect(await runTask("align", input)).toEqual(alignDocuments(input));
    await expect(
      runTask("align", { documents: [{ text: "x".repeat(20_001) }, { text: "y" }] }),
    ).rejects.toMatchObject({
      status: 413,
    });
  });
});
