import { describe, expect, it } from "vitest";
import { frequencyRank, getNeighbours } from "./neighbours";
import { analyse } from "./nlp";
import { nameContext, phraseName } from "./topic-names";

/** The name of `group` among two made-up texts' passages, words ranked as the aligner ranks them. */
function nameOf(a: string[], b: string[], group: number[]): string | null {
  const ctx = nameContext(
    [...a, ...b].map(analyse),
    (i) => (i < a.length ? 0 : 1),
    (w) => frequencyRank(getNeighbours(), w),
  );
  return phraseName(ctx, group);
}

describe("a discovered topic's name", () => {
  it("is not one generic word when the passages share a phrase that says more", () => {
    // Before: "Reason" (rare in these texts, but it names nothing); the fuel tax is what they are about.
    const a = [
      "The fuel tax rose again in May.",
      "There is no reason for anger at the fuel tax, the mayor said.",
      "Drivers paid the fuel tax at every pump.",
    ];
    const b = [
      "Truckers blocked roads over the fuel tax.",
      "That is the reason why voters resent the fuel tax so much.",
      "The fuel tax funds the bridges.",
    ];
    expect(nameOf(a, b, [1, 4])).toBe("Fuel tax");
  });

  it("may be an organisation both texts name, never an outlet", () => {
    const a = [
      "The Federal Election Commission fined the campaign, CNN reported.",
      "Voters waited in long lines.",
    ];
    const b = ["A fine from the Federal Election Commission followed the audit.", "Voters waited for hours."];
    expect(nameOf(a, b, [0, 2])).toBe("Federal Election Commission");
  });
});
