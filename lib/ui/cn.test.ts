import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("joins the classes that are set, in order", () => {
    expect(cn("a", false, "b", null, undefined, "", "c")).toBe("a b c");
    expect(cn()).toBe("");
  });
});
