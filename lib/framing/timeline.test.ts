import { describe, expect, it } from "vitest";
import { couldKnow, dateBounds, formatEventDate, yearPosition } from "./timeline";

describe("timeline dates", () => {
  it("formats partial dates with the texts' own vagueness", () => {
    expect(formatEventDate({ date: "2023-10-07" })).toBe("7 October 2023");
    expect(formatEventDate({ date: "2023-10", qualifier: "late" })).toBe("late October 2023");
    expect(formatEventDate({ date: "2016" })).toBe("2016");
  });

  it("knows the bounds of a partial date", () => {
    expect(dateBounds("2024-02")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(dateBounds("2016")).toEqual(["2016-01-01", "2016-12-31"]);
  });

  it("says what a text could know when it was written", () => {
    expect(couldKnow({ date: "2023-10-07" }, "2021-04-18")).toBe("no");
    expect(couldKnow({ date: "2020-12" }, "2021-04-18")).toBe("yes");
    expect(couldKnow({ date: "2021" }, "2021-04-18")).toBe("unclear");
  });

  it("places events on a year axis", () => {
    expect(yearPosition("2023-10-07")).toBeCloseTo(2023.77, 2);
    expect(yearPosition("2016")).toBeCloseTo(2016.48, 1);
  });
});
