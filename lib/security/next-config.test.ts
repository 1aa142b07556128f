import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiSecurityHeaders, securityHeaders } from "./headers";

interface Rule {
  source: string;
  headers: { key: string; value: string }[];
}

/** next.config.js is plain JS and cannot import headers.ts, so it writes the values out: keep them equal. */
async function rules(https: boolean): Promise<Rule[]> {
  vi.stubEnv("PARALLAX_HTTPS", https ? "1" : "");
  vi.resetModules();
  const path = "../../next.config.js";
  const config = (await import(path)) as { default: { headers: () => Promise<Rule[]> } };
  return config.default.headers();
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("next.config.js headers", () => {
  for (const https of [false, true]) {
    it(`gives API routes apiSecurityHeaders()${https ? " (https)" : ""}`, async () => {
      const api = (await rules(https)).find((r) => r.source === "/api/:path*");
      expect(api?.headers).toEqual(apiSecurityHeaders({ https }));
    });

    it(`gives build assets the hardening headers without a CSP${https ? " (https)" : ""}`, async () => {
      const assets = (await rules(https)).find((r) => r.source === "/_next/static/:path*");
      expect(assets?.headers).toEqual(
        securityHeaders({ https }).filter((h) => h.key !== "Content-Security-Policy"),
      );
    });
  }

  it("labels every JSON route handler's answers as JSON (so Next gzips them), and only those", async () => {
    const json = (await rules(false)).find((r) => r.headers.some((h) => h.key === "Content-Type"));
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
      const other = /"Content-Type":\s*"(?!application\/json)/.test(source);
      expect(matches(url) !== false, `${url} (${file}) ${other ? "is not JSON" : "is JSON"}`).toBe(!other);
    }
  });
});
