import { type APIResponse, expect, type Page, test } from "@playwright/test";
import { openReader } from "./open-reader";

/**
 * The security headers proxy.ts sets (lib/security), checked on the wire and in Chromium: pages carry a
 * per-request nonce that Next and the theme script use, nothing on a page breaks the policy, injected
 * scripts do not run, and a reader session never contacts another origin.
 */

const PAGES = [
  "/",
  "/?view=full&cues=1",
  "/?view=timeline",
  "/comparisons",
  "/import",
  "/compare/israel-russia",
];
/** Pages that say when React has hydrated them. */
const HYDRATED = new Set(["/", "/?view=full&cues=1", "/?view=timeline", "/import", "/compare/israel-russia"]);
const API = ["/api/comparisons", "/api/comparisons/israel-russia", "/api/no-such-endpoint"];

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

function expectHardening(response: APIResponse): Map<string, string[]> {
  const h = response.headers();
  const csp = directives(h["content-security-policy"] ?? "");
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("no-referrer");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["permissions-policy"]).toContain("camera=()");
  return csp;
}

function nonceOf(csp: Map<string, string[]>): string | undefined {
  return csp
    .get("script-src")
    ?.map((s) => /^'nonce-(.+)'$/.exec(s)?.[1])
    .find(Boolean);
}

declare global {
  interface Window {
    __csp: { directive: string; blocked: string; sample: string }[];
    __themeSetBeforeBody?: boolean;
    __injected?: number;
  }
}

/** Records CSP violations and the page's console errors from the first byte on. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return {
    errors,
    violations: () => page.evaluate(() => window.__csp),
  };
}

test("pages carry the CSP with a fresh nonce per request, used by every script", async ({ request }) => {
  const seen = new Set<string>();
  for (const path of PAGES) {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const csp = expectHardening(response);
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(csp.get("script-src")).toContain("'strict-dynamic'");
      expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
      expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
      const nonce = nonceOf(csp);
      expect(nonce, path).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(seen.has(nonce ?? ""), `nonce reused on ${path}`).toBe(false);
      seen.add(nonce ?? "");
      // Every <script> in the HTML (Next's and the theme script) carries this request's nonce.
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(1);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  }
});

test("the not-found page carries the page headers too", async ({ request }) => {
  const response = await request.get("/no-such-page");
  expect(response.status()).toBe(404);
  expect(nonceOf(expectHardening(response))).toBeTruthy();
});

test("API responses carry a nonce-less policy that lets nothing load", async ({ request }) => {
  const responses = [
    ...(await Promise.all(API.map((path) => request.get(path)))),
    await request.delete("/api/comparisons"), // 405
    await request.post("/api/align", { data: "{", headers: { "Content-Type": "application/json" } }), // 400
  ];
  for (const response of responses) {
    const csp = expectHardening(response);
    expect(csp.get("default-src"), response.url()).toEqual(["'none'"]);
    expect(nonceOf(csp)).toBeUndefined();
    expect(response.headers()["content-type"]).toContain("application/json");
  }
  expect(responses.map((r) => r.status())).toEqual([200, 200, 404, 405, 400]);
});

for (const path of PAGES) {
  test(`${path} loads and hydrates with no CSP violation or console error`, async ({ page }) => {
    const { errors, violations } = await watch(page);
    if (HYDRATED.has(path)) await openReader(page, path);
    else {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test("scripts injected into the page do not run", async ({ page }) => {
  // As a stored XSS would arrive: markup in the served HTML, under the policy the server sent. (Scripts
  // built by page.evaluate prove nothing: Chromium exempts DevTools-originated code from CSP, even eval.)
  await page.route("/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</body>",
      `<script>window.__injected = 1</script><script src="/injected.js"></script>` +
        `<img src="/no-such-image.png" onerror="window.__injected = 3"></body>`,
    );
    await route.fulfill({ response, body: html });
  });
  await watch(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => window.__injected ?? null)).toBeNull();
  // The external one is refused by the policy, not by its 404: 'strict-dynamic' ignores 'self' for
  // parser-inserted scripts without the nonce.
  const blocked = await page.evaluate(() => window.__csp.map((v) => `${v.directive} ${v.blocked}`));
  expect(blocked).toEqual(
    expect.arrayContaining([
      "script-src-elem inline",
      expect.stringMatching(/^script-src-elem .*\/injected\.js$/),
      "script-src-attr inline",
    ]),
  );
});

test("the theme script runs before the body is parsed, and the toggle still works", async ({ page }) => {
  const { violations } = await watch(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.addInitScript(() => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    localStorage.setItem("theme", "dark");
    // The document has no root element yet when init scripts run: watch the whole tree.
    new MutationObserver(() => {
      window.__themeSetBeforeBody ??= document.body === null;
    }).observe(document, { subtree: true, attributeFilter: ["data-theme"] });
  });
  await openReader(page, "/");
  const html = page.locator("html");
  // Dark although the system is light: only the inline theme script could have set it.
  await expect(html).toHaveAttribute("data-theme", "dark");
  expect(await page.evaluate(() => window.__themeSetBeforeBody)).toBe(true);

  await page.getByRole("button", { name: /Change theme/ }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.reload();
  await expect(page.locator("[data-ready]")).toBeAttached();
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("light");
  expect(await violations()).toEqual([]);
});

test("no request leaves the origin during a reader session", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  const urls: string[] = [];
  page.on("request", (r) => {
    urls.push(r.url());
  });
  const { violations } = await watch(page);

  await openReader(page, "/");
  await page.getByRole("button", { name: "Full text", exact: true }).click();
  await expect(page).toHaveURL(/view=full/);
  await openReader(page, "/?view=full&cues=1");
  await openReader(page, "/?view=timeline");
  await openReader(page, "/?topics=un-votes,hamas-visits");
  await page.goto("/comparisons");
  await page
    .getByRole("link", { name: /Israel/ })
    .first()
    .click();
  await expect(page.locator("[data-ready]")).toBeAttached();
  await openReader(page, "/import");
  await page.waitForLoadState("networkidle");

  expect(urls.length).toBeGreaterThan(10);
  const outside = urls.filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin);
  expect(outside).toEqual([]);
  expect(await violations()).toEqual([]);
});
