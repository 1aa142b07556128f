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
});
