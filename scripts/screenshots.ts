/**
 * `npm run screenshots`: captures the reader in its main states at desktop and phone widths, light and
 * dark, from a running production server (BASE_URL, default http://127.0.0.1:3000), into
 * bench-results/screenshots/. For looking at what we build, not for tests.
 */
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { OPINION, REPORT } from "../e2e/fixtures/articles";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const out = "bench-results/screenshots";
const pages = [
  ["topics", "/"],
  ["topics-filtered", "/?topics=un-votes,hamas-visits"],
  ["full", "/?view=full&cues=1"],
  ["timeline", "/?view=timeline"],
] as const;
const devices = [
  ["desktop", { width: 1366, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const;

// An imported comparison to look at too (deleted at the end).
const created = await fetch(`${base}/api/comparisons`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({
    title: "Elm River bridge (screenshots)",
    documents: [REPORT, { ...OPINION, url: null }],
  }),
});
const { slug, editKey } = (await created.json()) as { slug: string; editKey: string };
const allPages = [
  ...pages,
  ["import", "/import"],
  ["imported", `/compare/${slug}`],
  ["imported-full", `/compare/${slug}?view=full`],
  ["imported-edit", `/compare/${slug}/edit`],
] as const;

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
});
for (const [device, viewport] of devices) {
  for (const scheme of ["light", "dark"] as const) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    // The owner's view: this browser holds the import's edit key (components/import/edit-keys.ts).
    await page.addInitScript(
      (entry: { name: string; value: string }) => localStorage.setItem(entry.name, entry.value),
      {
        name: `parallax:edit-key:${slug}`,
        value: JSON.stringify({ key: editKey, title: "Elm River bridge", savedAt: "" }),
      },
    );
    for (const [name, path] of allPages) {
      await page.goto(base + path);
      if (name !== "imported-edit") await page.locator("[data-ready]").waitFor({ state: "attached" });
      else await page.locator("[data-passage-editor]").first().waitFor();
      if (name === "topics-filtered")
        await page
          .getByRole("button", { name: /How each side frames it/ })
          .first()
          .click();
      const file = `${out}/${name}-${device}-${scheme}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
await fetch(`${base}/api/comparisons/${slug}`, {
  method: "DELETE",
  headers: { Authorization: `Bearer ${editKey}` },
});
