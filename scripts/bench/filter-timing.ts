/**
 * Topic filter click-to-paint on a slow device (4× CPU slowdown): the time from a click on a topic
 * checkbox to the first paint that shows the filtered passages. This is the reader's main interaction;
 * above ~50 ms it stops feeling instant (and it is what INP would report).
 *
 * Per click, in the page: the click's `event.timeStamp`; then a requestAnimationFrame loop until the
 * count of visible rows/passages differs from before the click, and a setTimeout after that frame
 * (≈ its paint). The Event Timing API's `duration` for the click (input → next presentation, rounded to
 * 8 ms, reported only when ≥ 16 ms) is preferred when the change was in that first frame.
 *
 * Alone, against servers already running, to compare builds on a noisy machine (the servers take turns):
 * `npx tsx scripts/bench/filter-timing.ts --url=http://127.0.0.1:3320,http://127.0.0.1:3321 --rounds=3
 * --only="desktop, full"`.
 */
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { fixed, type Row, spread } from "./report";
import { openDevice, slowDown } from "./slow-device";

export interface Scenario {
  name: string;
  path: string;
  phone: boolean;
  /** The filter sits behind the "Topics" button (the reader on a phone). */
  filterBehindButton: boolean;
}

const scenario = (name: string, path: string, phone: boolean, filterBehindButton = phone): Scenario => ({
  name,
  path,
  phone,
  filterBehindButton,
});

/** The phone is Lighthouse's mobile (Moto G Power); the desktop shows the filter beside the text. */
export const SCENARIOS: Scenario[] = [
  scenario("phone, topics", "/", true),
  scenario("desktop, topics", "/", false),
  scenario("phone, full text", "/?view=full", true),
  scenario("desktop, full text", "/?view=full", false),
];

/** The floor app's `/texts`: the same texts, filtered by CSS alone (no script runs on a click). */
export const FLOOR_SCENARIOS: Scenario[] = [
  scenario("phone, CSS-only filter", "/texts", true, false),
  scenario("desktop, CSS-only filter", "/texts", false),
];

/** The bar: every click painted within this. */
export const CLICK_BAR_MS = 50;

/** Ten toggles, each adding or removing one topic; ends with no filter. */
const CLICKS = [
  "un-votes",
  "hamas-visits",
  "un-votes",
  "iran",
  "hamas-visits",
  "ukraine-sanctions",
  "iran",
  "gaza-war",
  "ukraine-sanctions",
  "gaza-war",
];

/** Event Timing's split of the click: waiting for the main thread, event handlers (React's render), then style, layout and paint until presented. */
export interface Phases {
  inputDelay: number;
  processing: number;
  presentation: number;
}

export interface ClickTiming {
  topic: string;
  /** The reported click-to-paint, ms. */
  ms: number;
  source: "event-timing" | "frame";
  eventTimingMs: number | null;
  frameMs: number;
  /** Frames until the filtered result was in the DOM (1 = the first frame after the click). */
  frames: number;
  /** Of which: the in-page visibility check (part of the measured frame). */
  probeMs: number;
  phases: Phases | null;
  visibleBefore: number;
  visibleAfter: number;
}

export interface ScenarioTiming {
  scenario: Scenario;
  clicks: ClickTiming[];
  /** Clicks after which the visible rows/passages did not change (not timed). */
  unchanged: string[];
}

interface PageMeasure {
  changed: boolean;
  frames: number;
  frameMs: number;
  eventTimingMs: number | null;
  probeMs: number;
  phases: Phases | null;
  before: number;
  after: number;
}

/**
 * Runs in the page (a string: tsx's keepNames helpers would not exist there). `__bench.arm()` before a
 * click; `__bench.result()` resolves once that click has been painted and its Event Timing entry is in.
 */
const PAGE_SCRIPT = `(() => {
  const entries = [];
  new PerformanceObserver((list) => entries.push(...list.getEntries()))
    .observe({ type: "event", durationThreshold: 16, buffered: true });
  const visible = () => {
    let n = 0;
    for (const el of document.querySelectorAll("[data-row],[data-passage]")) if (el.checkVisibility()) n++;
    return n;
  };
  let pending = null;
  addEventListener("click", (event) => {
    const p = pending;
    if (!p || p.start !== null) return;
    p.start = event.timeStamp;
    const frame = () => {
      p.frames++;
      const t0 = performance.now();
      const after = visible();
      p.probeMs += performance.now() - t0;
      if (after !== p.before) {
        setTimeout(() => p.done({ changed: true, frameMs: performance.now() - p.start, after }));
      } else if (performance.now() - p.start > 3000) {
        p.done({ changed: false, frameMs: performance.now() - p.start, after });
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, { capture: true });
  window.__bench = {
    arm() {
      pending = { start: null, frames: 0, probeMs: 0, before: visible() };
      pending.painted = new Promise((resolve) => { pending.done = resolve; });
    },
    async result() {
      const p = pending;
      const painted = await p.painted;
      const entry = () => entries.find((e) => e.name === "click" && Math.abs(e.startTime - p.start) < 1);
      // Event Timing entries arrive after presentation; absent if the click took < 16 ms.
      for (let waited = 0; !entry() && waited < 400; waited += 50) await new Promise((r) => setTimeout(r, 50));
      const e = entry();
      const phases = e && {
        inputDelay: e.processingStart - e.startTime,
        processing: e.processingEnd - e.processingStart,
        presentation: e.startTime + e.duration - e.processingEnd,
      };
      const eventTimingMs = e?.duration ?? null;
      return { ...painted, frames: p.frames, probeMs: p.probeMs, before: p.before, eventTimingMs, phases };
    },
  };
})();`;

/**
 * A plain mouse click at the checkbox's centre: `locator.click()` would run Playwright's actionability
 * and hit-target checks in the page, inside the measured interval. Checks that the click toggled it.
 *
 * With a mouse (`hoverFirst`), the pointer rests on the box before the press, as a person's does: in one
 * go, `mouse.click` queues the move's events (pointerover, pointerout, mousemove…) with the press, and the
 * browser handles them all in one task, so their handling (React's root listener, 5–15 ms at 4×) was
 * counted as the click's input delay. A tap on a phone does bring its pointerover with the press.
 */
async function measureClick(page: Page, topic: string, hoverFirst: boolean): Promise<PageMeasure> {
  const box = page.locator(`#filter-${topic}`);
  await box.scrollIntoViewIfNeeded();
  const wasChecked = await box.isChecked();
  const rect = await box.boundingBox();
  if (!rect) throw new Error(`#filter-${topic} is not visible`);
  const [x, y] = [rect.x + rect.width / 2, rect.y + rect.height / 2];
  if (hoverFirst) {
    await page.mouse.move(x, y);
    await page.waitForTimeout(150);
  }
  await page.evaluate("window.__bench.arm()");
  if (hoverFirst) {
    await page.mouse.down();
    await page.mouse.up();
  } else await page.mouse.click(x, y);
  const measure = (await page.evaluate("window.__bench.result()")) as PageMeasure;
  if ((await box.isChecked()) === wasChecked) throw new Error(`the click did not toggle #filter-${topic}`);
  return measure;
}

async function runScenario(baseUrl: string, scenario: Scenario): Promise<ScenarioTiming> {
  const { browser, context } = await openDevice(scenario.phone);
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: PAGE_SCRIPT });
    await page.goto(`${baseUrl}${scenario.path}`);
    await page.locator("[data-ready]").waitFor({ state: "attached" });
    if (scenario.filterBehindButton) await page.click('button[aria-controls="topic-filter-panel"]');
    await page.locator(`#filter-${CLICKS[0]}`).waitFor({ state: "visible" });
    await slowDown(page);

    const clicks: ClickTiming[] = [];
    const unchanged: string[] = [];
    for (const topic of CLICKS) {
      const m = await measureClick(page, topic, !scenario.phone);
      if (!m.changed) {
        unchanged.push(topic);
        continue;
      }
      const useEventTiming = m.frames === 1 && m.eventTimingMs !== null;
      clicks.push({
        topic,
        ms: useEventTiming && m.eventTimingMs !== null ? m.eventTimingMs : m.frameMs,
        source: useEventTiming ? "event-timing" : "frame",
        eventTimingMs: m.eventTimingMs,
        frameMs: m.frameMs,
        frames: m.frames,
        probeMs: m.probeMs,
        phases: m.phases,
        visibleBefore: m.before,
        visibleAfter: m.after,
      });
    }
    return { scenario, clicks, unchanged };
  } finally {
    await browser.close();
  }
}

export async function measureFilterTiming(baseUrl: string, scenarios = SCENARIOS): Promise<ScenarioTiming[]> {
  const results: ScenarioTiming[] = [];
  for (const scenario of scenarios) results.push(await runScenario(baseUrl, scenario));
  return results;
}

/** One table row per scenario: the median click, with the slowest one judged against the bar. */
export function filterRows(timings: ScenarioTiming[]): Row[] {
  return timings.map((t) => {
    const s = spread(t.clicks.map((c) => c.ms));
    return {
      metric: `filter click→paint (${t.scenario.name})`,
      page: t.scenario.path,
      spread: s,
      format: fixed(0, " ms"),
      bar: `≤ ${CLICK_BAR_MS} ms (max)`,
      ok: s.max <= CLICK_BAR_MS && t.unchanged.length === 0,
    };
  });
}

async function main(): Promise<void> {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const urls = (arg("url") ?? "").split(",").filter(Boolean);
  if (urls.length === 0) throw new Error("--url=<base URL>[,<another>] of running servers");
  const only = arg("only");
  const scenarios = SCENARIOS.filter((s) => !only || s.name.includes(only));
  const clicks = new Map<string, number[]>();
  for (let round = 0; round < Number(arg("rounds") ?? 1); round++)
    for (const url of urls)
      for (const t of await measureFilterTiming(url, scenarios)) {
        const key = `${t.scenario.name} (${t.scenario.path}) at ${url}`;
        clicks.set(key, [...(clicks.get(key) ?? []), ...t.clicks.map((c) => c.ms)]);
        if (t.unchanged.length > 0) console.log(`${key}: no visible change after ${t.unchanged.join(", ")}`);
      }
  for (const [key, ms] of clicks) {
    const s = spread(ms);
    console.log(`${key}: median ${s.median.toFixed(0)} ms, slowest ${s.max.toFixed(0)} ms (${s.n} clicks)`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
