import { describe, expect, it } from "vitest";
import { createDraftStore, type DraftStorage, draftKey, parseDrafts } from "./drafts";

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe("drafts", () => {
  it("keeps answers and tags per class and student, across a reload", () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage, "class-a", "ana");
    expect(store.setAnswer("q1", "Half a thought")).toBe("kept");
    expect(store.setTag("news-p1", { label: "opinion", note: "Loaded" })).toBe("kept");

    const reloaded = createDraftStore(storage, "class-a", "ana");
    expect(reloaded.answer("q1")).toBe("Half a thought");
    expect(reloaded.tag("news-p1")).toEqual({ label: "opinion", note: "Loaded" });
    // Another class, or another seat in this browser, sees none of them.
    expect(createDraftStore(storage, "class-b", "ana").answer("q1")).toBeUndefined();
    expect(createDraftStore(storage, "class-a", "bo").tag("news-p1")).toBeUndefined();
  });

  it("clears a draft once it is queued, and removes the entry when none are left", () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage, "c", "s");
    store.setAnswer("q1", "x");
    store.setTag("p1", { label: "fact", note: "" });
    store.clearAnswer("q1");
    expect(createDraftStore(storage, "c", "s").answer("q1")).toBeUndefined();
    store.clearTag("p1");
    expect(storage.map.has(draftKey("c", "s"))).toBe(false);
  });

  it("works in memory when storage is full, blocked or missing, and says so", () => {
    const full: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {},
    };
    const store = createDraftStore(full, "c", "s");
    expect(store.setAnswer("q1", "Still here")).toBe("memory");
    expect(store.answer("q1")).toBe("Still here");
    const blocked: DraftStorage = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(createDraftStore(blocked, "c", "s").answer("q1")).toBeUndefined();
    expect(createDraftStore(null, "c", "s").setTag("p", { label: "", note: "n" })).toBe("memory");
  });

  it("ignores corrupt or foreign data instead of failing", () => {
    const storage = memoryStorage();
    storage.setItem(draftKey("c", "s"), "{not json");
    const store = createDraftStore(storage, "c", "s");
    expect(store.answer("q1")).toBeUndefined();
    expect(store.setAnswer("q1", "fresh")).toBe("kept");
    expect(parseDrafts(storage.getItem(draftKey("c", "s")))).toEqual({ answers: { q1: "fresh" }, tags: {} });
    expect(parseDrafts('{"answers":["a"],"tags":{"p":{"label":3},"q":{"label":"fact","note":""}}}')).toEqual({
      answers: {},
      tags: { q: { label: "fact", note: "" } },
    });
    expect(parseDrafts("null")).toEqual({ answers: {}, tags: {} });
    expect(parseDrafts(JSON.stringify({ answers: { q: "x".repeat(10_000) } })).answers.q).toHaveLength(4_000);
  });
});
