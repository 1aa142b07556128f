import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import { API_ROUTES } from "../api/routes";

interface Rule {
  source: string;
  headers: { key: string; value: string }[];
}

const rules = async (): Promise<Rule[]> => (await nextConfig.headers?.()) ?? [];

describe("next.config.ts headers", () => {
  it("sets no security header at build time (lib/ops/request-hooks.ts does, at start)", async () => {
    const keys = (await rules()).flatMap((r) => r.headers.map((h) => h.key));
    expect(keys).toEqual(["Content-Type"]);
  });

  it("labels every JSON route's answers as JSON (so Next gzips them), and only those", async () => {
    const json = (await rules()).find((r) => r.headers.some((h) => h.key === "Content-Type"));
    if (!json) throw new Error("no Content-Type rule in next.config.ts");
    expect(json.headers).toEqual([{ key: "Content-Type", value: "application/json; charset=utf-8" }]);
    const matches = getPathMatch(json.source);
    for (const route of Object.keys(API_ROUTES)) {
      // A request path the handler answers: `[id]` → `x`.
      const url = route.replace(/\[\w+\]/g, "x");
      const csv = route.endsWith(".csv");
      expect(matches(url) !== false, `${url} ${csv ? "is not JSON" : "is JSON"}`).toBe(!csv);
    }
  });
});
