// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { paintFirstLoader } from "./paint-first";

type Observed = (
  list: { getEntriesByName: (name: string) => unknown[] },
  observer: { disconnect: () => void },
) => void;

/** A window whose paint entries the test delivers; jsdom has no rendering, so none of its own. */
function fakeWindow(options: { visible?: boolean; paintTiming?: boolean } = {}) {
  const observers: Observed[] = [];
  const disconnect = vi.fn();
  const timers: (() => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = options.paintTiming === false ? ["mark"] : ["mark", "paint"];
    constructor(private readonly callback: Observed) {}
    observe() {
      observers.push(this.callback);
    }
  }
  Object.defineProperty(document, "visibilityState", {
    value: options.visible === false ? "hidden" : "visible",
    configurable: true,
  });
  const marks: string[] = [];
  // A plain object, not one inheriting from jsdom's window: assigning `performance` there replaces the
  // real one, which the test runner itself uses.
  const win = {
    document,
    performance: { mark: (name: string) => marks.push(name) },
    PerformanceObserver: FakeObserver,
    setTimeout: (fn: () => void) => timers.push(fn),
  } as unknown as Window & typeof globalThis & { __paintFirst: (src: string) => void };
  const paint = (...names: string[]) => {
    for (const callback of observers)
      callback({ getEntriesByName: (name) => names.filter((n) => n === name) }, { disconnect });
  };
  return { win, paint, timers, disconnect, marks };
}

const added = () =>
  [...document.head.querySelectorAll("script")].map((s) => [s.getAttribute("src"), s.async]);

beforeEach(() => {
  document.head.innerHTML = "";
});

describe("paintFirstLoader", () => {
  it("holds the chunks until the first contentful paint, then adds them in order", () => {
    const { win, paint, disconnect, marks } = fakeWindow();
    paintFirstLoader(win, 500);
    win.__paintFirst("/a.js");
    win.__paintFirst("/b.js");
    paint("first-paint"); // a blank paint: no text on screen yet
    expect(added()).toEqual([]);
    paint("first-paint", "first-contentful-paint");
    expect(added()).toEqual([
      ["/a.js", true],
      ["/b.js", true],
    ]);
    expect(disconnect).toHaveBeenCalled();
    expect(marks).toEqual(["paint-first:paint"]);
    win.__paintFirst("/late.js"); // a chunk the parser reaches after the paint goes at once
    expect(added().at(-1)).toEqual(["/late.js", true]);
  });

  it("starts after its wait when no paint comes, and only once", () => {
    const { win, paint, timers, marks } = fakeWindow();
    paintFirstLoader(win, 500);
    win.__paintFirst("/a.js");
    for (const fire of timers) fire();
    expect(added()).toEqual([["/a.js", true]]);
    paint("first-contentful-paint");
    expect(added()).toHaveLength(1);
    expect(marks).toEqual(["paint-first:wait"]);
  });

  it("starts at once in a hidden tab and where paint timing is missing", () => {
    for (const options of [{ visible: false }, { paintTiming: false }]) {
      document.head.innerHTML = "";
      const { win, marks } = fakeWindow(options);
      paintFirstLoader(win, 500);
      win.__paintFirst("/a.js");
      expect(added(), JSON.stringify(options)).toEqual([["/a.js", true]]);
      expect(marks).toEqual(["paint-first:now"]);
    }
  });

  it("gives the chunks the loader's nonce, for the page's CSP", () => {
    const loader = document.createElement("script");
    loader.nonce = "n0";
    Object.defineProperty(document, "currentScript", { value: loader, configurable: true });
    const { win, paint } = fakeWindow();
    paintFirstLoader(win, 500);
    win.__paintFirst("/a.js");
    paint("first-contentful-paint");
    expect(document.head.querySelector("script")?.nonce).toBe("n0");
  });
});
