import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("writes the count with the singular for one, the plural otherwise", () => {
    expect(plural(1, "passage")).toBe("1 passage");
    expect(plural(0, "passage")).toBe("0 passages");
    expect(plural(2, "more student")).toBe("2 more students");
    expect(plural(3, "match", "matches")).toBe("3 matches");
  });
});
