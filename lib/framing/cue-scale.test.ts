import { describe, expect, it } from "vitest";
import { cueScale } from "./cue-scale";

describe("cue chart scale", () => {
  it("puts every source on one scale: a larger rate always draws a longer bar", () => {
    const scale = cueScale([
      { perThousand: { hedge: 8.7, loaded: 2 } },
      { perThousand: { hedge: 9.1, loaded: 18.2 } },
    ]);
    expect(scale(18.2)).toBe(100);
    expect(scale(9.1)).toBeCloseTo(50);
    expect(scale(8.7)).toBeLessThan(scale(9.1));
  });
  it("draws nothing when there is nothing", () => {
    expect(cueScale([{ perThousand: { hedge: 0 } }])(0)).toBe(0);
    expect(cueScale([])(3)).toBe(0);
  });
});
