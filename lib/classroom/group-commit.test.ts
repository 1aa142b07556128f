import { describe, expect, it } from "vitest";
import { createGroupCommit } from "./group-commit";

/** A run that records its batches and waits for `release()` before answering. */
function recorder(fail: (item: number) => boolean = () => false) {
  const batches: { key: string; items: number[] }[] = [];
  let release: () => void = () => {};
  let gate = new Promise<void>((r) => {
    release = r;
  });
  const run = async (key: string, items: readonly number[]) => {
    batches.push({ key, items: [...items] });
    await gate;
    if (items.some(fail)) throw new Error(`bad item in ${items.join(",")}`);
    return items.map((i) => i * 10);
  };
  const open = () => {
    release();
    gate = Promise.resolve();
  };
  return { batches, run, open };
}

describe("createGroupCommit", () => {
  it("sends a lone write at once, and what arrives meanwhile together in the next batch", async () => {
    const r = recorder();
    const group = createGroupCommit({ run: r.run });
    const first = group.write("a", 1);
    const rest = [2, 3, 4].map((i) => group.write("a", i));
    expect(r.batches).toEqual([{ key: "a", items: [1] }]);
    r.open();
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40]);
    expect(r.batches).toEqual([
      { key: "a", items: [1] },
      { key: "a", items: [2, 3, 4] },
    ]);
  });

  it("splits a backlog into batches of at most maxBatch, in order", async () => {
    const r = recorder();
    const group = createGroupCommit({ run: r.run, maxBatch: 2 });
    const all = [1, 2, 3, 4, 5].map((i) => group.write("a", i));
    r.open();
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40, 50]);
    expect(r.batches.map((b) => b.items)).toEqual([[1], [2, 3], [4, 5]]);
  });

  it("keeps keys apart: another class does not wait for this one", async () => {
    const r = recorder();
    const group = createGroupCommit({ run: r.run });
    void group.write("a", 1);
    void group.write("b", 2);
    expect(r.batches).toEqual([
      { key: "a", items: [1] },
      { key: "b", items: [2] },
    ]);
    r.open();
  });

  it("retries a failed batch one item at a time, failing only the bad one", async () => {
    const r = recorder((i) => i === 3);
    const group = createGroupCommit({ run: r.run });
    const first = group.write("a", 1);
    const rest = [2, 3, 4].map((i) => group.write("a", i));
    r.open();
    const settled = await Promise.allSettled([first, ...rest]);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(r.batches.map((b) => b.items)).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
    // The queue is free again afterwards.
    expect(await group.write("a", 5)).toBe(50);
  });

  it("rejects every item when the run answers the wrong number of outcomes", async () => {
    const group = createGroupCommit<number, number>({ run: async () => [] });
    await expect(group.write("a", 1)).rejects.toThrow(/one outcome per item/);
  });

  it("under steady load waits lingerMs so writes on their way join the batch; idle, never", async () => {
    const r = recorder();
    r.open();
    const group = createGroupCommit({ run: r.run, lingerMs: 20 });
    expect(await group.write("a", 1)).toBe(10); // Idle: at once.
    const second = group.write("a", 2);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const third = group.write("a", 3);
    expect(await Promise.all([second, third])).toEqual([20, 30]);
    expect(r.batches.map((b) => b.items)).toEqual([[1], [2, 3]]);
  });
});
