/**
 * Lighthouse 12 with its default mobile emulation and simulated throttling (a mid-range phone on slow
 * 4G): the four category scores, LCP, TBT and CLS of one page load. A fresh headless Chrome per run, so
 * runs do not share caches or a warm renderer. Audits that cost points are kept so a miss can be explained.
 */
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const UNSCORED = new Set(["informative", "notApplicable", "manual"]);

export interface FailingAudit {
  category: Category;
  /** The report section: metrics, diagnostics, a11y-names-labels, … (hidden: insights not shown by default). */
  group?: string;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
}

export interface LighthouseRun {
  /** Category scores ×100. */
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /**
   * The page's own scripts (/_next/static/) that began running before its first contentful paint.
   * Lighthouse's simulation counts such scripts, their download and run, into FCP and LCP; scripts that
   * run after the paint are left out. Which comes first is a race on localhost, so LCP is bimodal.
   */
  scriptsBeforePaint: number;
  /** Scored audits below 1, per category. */
  failing: FailingAudit[];
}

function numeric(lhr: Result, auditId: string): number {
  const value = lhr.audits[auditId]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse result has no ${auditId}`);
  return value;
}

function failingAudits(lhr: Result): FailingAudit[] {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || UNSCORED.has(audit.scoreDisplayMode) || audit.score === null || audit.score >= 1) {
        return [];
      }
      const { id, title, score, displayValue } = audit;
      return [{ category, group: ref.group, id, title, score, displayValue }];
    }),
  );
}

interface TraceEvent {
  name: string;
  ts: number;
  args?: { data?: { url?: string } };
}

/** How many of the page's scripts began running before `paintTs` (the trace's clock, µs). */
export function countScriptsBeforePaint(events: readonly TraceEvent[], paintTs: number): number {
  const urls = new Set<string>();
  for (const e of events) {
    const url = e.args?.data?.url ?? "";
    if (e.name === "EvaluateScript" && e.ts < paintTs && url.includes("/_next/static/")) urls.add(url);
  }
  return urls.size;
}

function scriptsBeforePaint(lhr: Result, trace: { traceEvents: TraceEvent[] } | undefined): number {
  const items = (lhr.audits.metrics?.details as { items?: { observedFirstContentfulPaintTs?: number }[] })
    ?.items;
  const paintTs = items?.[0]?.observedFirstContentfulPaintTs;
  return trace && paintTs !== undefined ? countScriptsBeforePaint(trace.traceEvents, paintTs) : Number.NaN;
}

export function summarizeLhr(lhr: Result, trace?: { traceEvents: TraceEvent[] }): LighthouseRun {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const score = lhr.categories[c]?.score;
      if (score === null || score === undefined) throw new Error(`Lighthouse gave no ${c} score`);
      return [c, Math.round(score * 100)];
    }),
  ) as Record<Category, number>;
  return {
    scores,
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    tbtMs: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    scriptsBeforePaint: scriptsBeforePaint(lhr, trace),
    failing: failingAudits(lhr),
  };
}

/** localStorage entries to set on the page's origin before the run (a student's seat). */
export type SeedStorage = Record<string, string>;

/** Opens the origin over the DevTools protocol and writes `storage` into its localStorage. */
async function seedStorage(port: number, url: string, storage: SeedStorage): Promise<void> {
  const { default: puppeteer } = await import("puppeteer-core");
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const page = await browser.newPage();
    await page.goto(new URL("/api/health", url).href);
    await page.evaluate((entries: SeedStorage) => {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, storage);
    await page.close();
  } finally {
    await browser.disconnect();
  }
}

/**
 * A page that logged errors did not load as a visitor's would: a blocked script, for one, makes a page
 * look fast (the floor once ran with its scripts refused by a stray security policy). Refuse the run.
 */
function assertNoConsoleErrors(lhr: Result, url: string): void {
  const items = (lhr.audits["errors-in-console"]?.details as { items?: { description?: string }[] })?.items;
  const first = items?.[0];
  if (first) throw new Error(`${url} logged ${items.length} console error(s), first: ${first.description}`);
}

/** One Lighthouse run of `url` in a fresh Chrome; returns the full report too. */
export async function runLighthouse(
  url: string,
  storage?: SeedStorage,
): Promise<{ run: LighthouseRun; lhr: Result }> {
  const chrome = await chromeLauncher.launch({
    chromePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  try {
    if (storage) await seedStorage(chrome.port, url, storage);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      // Keep the seeded storage (a fresh Chrome has no cache to reset anyway).
      disableStorageReset: Boolean(storage),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const trace = (result.artifacts as { Trace?: { traceEvents: TraceEvent[] } }).Trace;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    assertNoConsoleErrors(lhr, url);
    return { run: summarizeLhr(lhr, trace), lhr };
  } finally {
    chrome.kill();
  }
}
