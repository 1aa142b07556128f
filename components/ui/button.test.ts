import { describe, expect, it } from "vitest";
import { buttonClass } from "./button";

describe("buttonClass", () => {
  it("is a secondary, 44 px button by default, with the caller's classes last", () => {
    expect(buttonClass()).toBe(buttonClass({ variant: "secondary", size: "md" }));
    expect(buttonClass({}, "w-full")).toMatch(/ min-h-11 px-4 w-full$/);
  });

  it("marks danger with the error token, and keeps a touch target but in dense lists", () => {
    expect(buttonClass({ variant: "danger" })).toContain("border-error");
    expect(buttonClass({ variant: "primary" })).toContain("bg-accent text-accent-fg");
    expect(buttonClass({ size: "compact" })).toContain("min-h-11");
    expect(buttonClass({ size: "sm" })).toContain("min-h-9");
  });
});
