// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { COMPARE_LABEL, markPressed } from "./compare-dom";

const button = (id: string) =>
  `<button data-compare="${id}" aria-pressed="false">${COMPARE_LABEL.off}<span class="sr-only"> the same fact on the other side</span></button>`;
const el = (id: string) => document.querySelector(`[data-compare="${id}"]`) as HTMLElement;

beforeEach(() => {
  document.body.innerHTML = button("a-p1") + button("b-p2");
});

describe("markPressed", () => {
  it("presses the selected passage's button and swaps its label, keeping the description", () => {
    markPressed("b-p2");
    expect(el("b-p2").getAttribute("aria-pressed")).toBe("true");
    expect(el("b-p2").textContent).toBe("Comparing ✓ the same fact on the other side");
    expect(el("a-p1").getAttribute("aria-pressed")).toBe("false");
    expect(el("a-p1").textContent).toBe("Compare ⇄ the same fact on the other side");
  });

  it("puts the label back when the selection moves or clears", () => {
    markPressed("b-p2");
    markPressed("a-p1");
    expect(el("b-p2").textContent).toBe("Compare ⇄ the same fact on the other side");
    expect(el("a-p1").textContent).toBe("Comparing ✓ the same fact on the other side");
    markPressed(null);
    for (const id of ["a-p1", "b-p2"]) {
      expect(el(id).getAttribute("aria-pressed")).toBe("false");
      expect(el(id).firstChild?.nodeValue).toBe(COMPARE_LABEL.off);
    }
  });
});
