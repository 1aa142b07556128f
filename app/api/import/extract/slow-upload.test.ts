import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { configureCompute, UPLOAD_LIMITS } from "@/lib/compute";
import { log } from "@/lib/log";
import { POST as align } from "../../align/route";
import { POST as extract } from "./route";

const post = (handler: (r: Request) => Promise<Response>, body: unknown) =>
  handler(
    new Request("http://localhost/api", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "Content-Type": "application/json" },
    }),
  );

/** Within the element limit, but seconds of work: far more than the test's budget of 0.3 s. */
const slowPage = `<nav>${'<a href="/x">link</a> '.repeat(UPLOAD_LIMITS.maxElements - 10)}</nav>`;

describe("a slow upload does not hold up the queue", () => {
  // The production path (a worker thread), with a small extract budget so the test stays fast.
  beforeAll(() =>
    configureCompute({ worker: "tsx", budgetMs: { extract: 300, align: 60_000, cues: 60_000 } }),
  );
  afterAll(() => configureCompute());

  it("stops the overrunning job with 422 and runs the job queued behind it on a new worker", async () => {
    const warn = vi.spyOn(log, "warn").mockImplementation(() => {});
    const finished: string[] = [];
    const slow = post(extract, { name: "page.html", content: slowPage }).then((r) => {
      finished.push("slow");
      return r;
    });
    const small = post(align, {
      documents: [{ text: "The council voted for the bridge." }, { text: "The bridge vote was close." }],
    }).then((r) => {
      finished.push("small");
      return r;
    });
    const [slowResponse, smallResponse] = await Promise.all([slow, small]);
    expect(slowResponse.status).toBe(422);
    expect((await slowResponse.json()).error).toMatch(
      /^This page is too complex to import: it took longer than 0.3 seconds/,
    );
    expect(smallResponse.status).toBe(200);
    expect((await smallResponse.json()).documents).toHaveLength(2);
    expect(finished).toEqual(["slow", "small"]);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({
        event: "compute.stopped",
        task: "extract",
        reason: "time",
        ms: expect.any(Number),
      }),
    );
    warn.mockRestore();
  }, 90_000);

  it("answers 413 up front, naming the limit, for a page over the element limit", async () => {
    const res = await post(extract, { name: "page.html", content: "<p>x</p>".repeat(250_000) });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/250,000 elements .*the limit is 10,000/);
  });
});
