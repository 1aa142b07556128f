import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_DOCS, apiDocs } from "./api-docs";

describe(API_DOCS, () => {
  it("is what the route manifest says (run `npm run docs:api` after changing lib/api/routes.ts)", () => {
    expect(readFileSync(API_DOCS, "utf8")).toBe(apiDocs());
  });
});
