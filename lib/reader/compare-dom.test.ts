// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { COMPARE_LABEL, markPressed } from "./compare-dom";

const button = (id: string) =>
  `<button data-compare="${id}" aria-pressed="false" aria-label="${COMPARE_LABEL.off} the same fact on the other side (${id})">${COMPARE_LABEL.off}</button>`;
const seen = (id: string) => [el(id).textContent, el(id).getAttribute("aria-label")];
const el = (id: string) => document.querySelector(`[data-compare="${id}"]`) as HTMLElement;

beforeEach(() => {
  document.body.innerHTML = button("a-p1") + button("b-p2");
});

describe("markPressed", () => {
  it("presses the selected passage's button and swaps its label and name, keeping what it compares", () => {
    markPressed("b-p2");
    expect(el("b-p2").getAttribute("aria-pressed")).toBe("true");
    expect(seen("b-p2")).toEqual(["Comparing ✓", "Comparing ✓ the same fact on the other side (b-p2)"]);
    expect(el("a-p1").getAttribute("aria-pressed")).toBe("false");
    expect(seen("a-p1")).toEqual(["Compare ⇄", "Compare ⇄ the same fact on the other side (a-p1)"]);
  });

  it("puts the label back when the selection moves or clears", () => {
    markPressed("b-p2");
    markPressed("a-p1");
    expect(seen("b-p2")).toEqual(["Compare ⇄", "Compare ⇄ the same fact on the other side (b-p2)"]);
    expect(seen("a-p1")).toEqual(["Comparing ✓", "Comparing ✓ the same fact on the other side (a-p1)"]);
    markPressed(null);
    for (const id of ["a-p1", "b-p2"]) {
      expect(el(id).getAttribute("aria-pressed")).toBe("false");
      expect(seen(id)).toEqual(["Compare ⇄", `Compare ⇄ the same fact on the other side (${id})`]);
    }
  });
});
