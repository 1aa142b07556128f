import { describe, expect, it } from "vitest";
import { THEME_SCRIPT } from "../../components/ui/theme-script";
import {
  apiContentSecurityPolicy,
  apiSecurityHeaders,
  contentSecurityPolicy,
  cspHash,
  newNonce,
  securityHeaders,
} from "./headers";

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

function header(list: { key: string; value: string }[], key: string): string | undefined {
  return list.find((h) => h.key === key)?.value;
}

describe("contentSecurityPolicy", () => {
  it("locks down objects, base, framing, forms and connections", () => {
    const d = directives(contentSecurityPolicy());
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("img-src")).toEqual(["'self'", "data:"]);
    expect(d.get("font-src")).toEqual(["'self'"]);
    expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get("script-src")).toEqual(["'self'"]);
    expect(d.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows scripts by nonce with strict-dynamic, never by 'unsafe-inline'", () => {
    const nonce = newNonce();
    const d = directives(contentSecurityPolicy({ nonce }));
    expect(d.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(d.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("writes the nonce so Next.js can read it back from the request header", () => {
    const nonce = newNonce();
    // The pattern next/dist/server/app-render/get-script-nonce-from-header.js accepts.
    const found = contentSecurityPolicy({ nonce })
      .split(";")
      .find((d) => d.trim().startsWith("script-src"))
      ?.split(/\s+/)
      .map((s) => /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/.exec(s)?.[1])
      .find(Boolean);
    expect(found).toBe(nonce);
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => contentSecurityPolicy({ nonce: "abc'; script-src *" })).toThrow();
    expect(() => contentSecurityPolicy({ nonce: "short" })).toThrow();
  });

  it("adds script hashes (the theme script) and dev's 'unsafe-eval' only when asked", () => {
    const hash = cspHash(THEME_SCRIPT);
    expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    const d = directives(contentSecurityPolicy({ scriptHashes: [hash], dev: true }));
    expect(d.get("script-src")).toEqual(["'self'", hash, "'unsafe-eval'"]);
  });

  it("gives a fresh 128-bit nonce per call", () => {
    const nonces = Array.from({ length: 20 }, newNonce);
    expect(new Set(nonces).size).toBe(20);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("securityHeaders", () => {
  it("sets the hardening headers", () => {
    const list = securityHeaders({ nonce: newNonce() });
    expect(header(list, "X-Content-Type-Options")).toBe("nosniff");
    expect(header(list, "Referrer-Policy")).toBe("no-referrer");
    expect(header(list, "X-Frame-Options")).toBe("DENY");
    expect(header(list, "Cross-Origin-Opener-Policy")).toBe("same-origin");
    const permissions = header(list, "Permissions-Policy") ?? "";
    for (const feature of ["camera=()", "microphone=()", "geolocation=()"])
      expect(permissions).toContain(feature);
    expect(header(list, "Content-Security-Policy")).toContain("'strict-dynamic'");
    expect(header(list, "Strict-Transport-Security")).toBeUndefined();
    expect(new Set(list.map((h) => h.key)).size).toBe(list.length);
  });

  it("adds HSTS and upgrade-insecure-requests only for HTTPS deployments", () => {
    const list = securityHeaders({ https: true });
    expect(header(list, "Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    expect(header(list, "Content-Security-Policy")).toContain("upgrade-insecure-requests");
  });

  it("never puts a newline or an outside origin in a value", () => {
    for (const h of securityHeaders({ nonce: newNonce(), dev: true, https: true })) {
      expect(h.value).not.toMatch(/[\r\n]/);
      expect(h.value).not.toMatch(/https?:\/\/|\*/);
    }
  });
});

describe("apiSecurityHeaders", () => {
  it("lets nothing load or run from an API response, with the same hardening headers", () => {
    const d = directives(apiContentSecurityPolicy());
    expect(d.get("default-src")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'none'"]);
    expect(d.has("script-src")).toBe(false);
    const api = apiSecurityHeaders();
    expect(header(api, "Content-Security-Policy")).toBe(apiContentSecurityPolicy());
    expect(api.map((h) => h.key)).toEqual(securityHeaders().map((h) => h.key));
    expect(header(api, "X-Content-Type-Options")).toBe("nosniff");
  });

  it("adds HSTS and upgrade-insecure-requests only for HTTPS deployments", () => {
    expect(header(apiSecurityHeaders(), "Strict-Transport-Security")).toBeUndefined();
    const api = apiSecurityHeaders({ https: true });
    expect(header(api, "Strict-Transport-Security")).toBeDefined();
    expect(header(api, "Content-Security-Policy")).toContain("upgrade-insecure-requests");
  });
});
