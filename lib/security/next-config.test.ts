import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";

interface Rule {
  source: string;
  headers: { key: string; value: string }[];
}

async function rules(): Promise<Rule[]> {
  const path = "../../next.config.js";
  const config = (await import(path)) as { default: { headers: () => Promise<Rule[]> } };
  return config.default.headers();
}

describe("next.config.js headers", () => {
  it("sets no security header at build time (lib/ops/request-hooks.ts does, at start)", async () => {
    const keys = (await rules()).flatMap((r) => r.headers.map((h) => h.key));
    expect(keys).toEqual(["Content-Type"]);
  });

  it("labels every JSON route handler's answers as JSON (so Next gzips them), and only those", async () => {
    const json = (await rules()).find((r) => r.headers.some((h) => h.key === "Content-Type"));
    if (!json) throw new Error("no Content-Type rule in next.config.js");
    expect(json.headers).toEqual([{ key: "Content-Type", value: "application/json; charset=utf-8" }]);
    const matches = getPathMatch(json.source);
    const routes = readdirSync("app/api", { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith("route.ts"),
    );
    expect(routes.length).toBeGreaterThan(10);
    for (const file of routes) {
      // A request path the handler answers: `[id]` → `x`, `[...path]` → `nope`.
      const url = `/api/${path.dirname(file)}`.replace(/\[\.\.\.\w+\]/g, "nope").replace(/\[\w+\]/g, "x");
      const source = readFileSync(path.join("app/api", file), "utf8");
      // Its own non-JSON Content-Type, or the CSV download helper's (lib/api/class-responses.ts).
      const other =
        /"Content-Type":\s*"(?!application\/json)/.test(source) || source.includes("csvExportRoute(");
      expect(matches(url) !== false, `${url} (${file}) ${other ? "is not JSON" : "is JSON"}`).toBe(!other);
    }
  });
});
