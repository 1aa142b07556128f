/**
 * Language cues on a slow device (4× CPU slowdown): the time from a click on the "Language cues" switch
 * to the first paint that shows cue marks in the text, after the page has had its chance to prefetch
 * them (the switch hovered, then a pause). Marks are either the server's (`.cue-*` spans, after a
 * navigation) or the browser's (`::highlight(cue-*)` over the rendered text): the probe accepts both.
 * The bar: 300 ms (issue 14).
 */
import type { Page } from "@playwright/test";
import { spread } from "./report";
import { openDevice, slowDown } from "./slow-device";

export const CUE_BAR_MS = 300;
const TOGGLES = 5;

export interface CueScenario {
  name: string;
  path: string;
  phone: boolean;
}

export const CUE_SCENARIOS: CueScenario[] = [
  { name: "phone, full text", path: "/?view=full", phone: true },
  { name: "desktop, full text", path: "/?view=full", phone: false },
  { name: "desktop, a topic", path: "/?topics=un-votes", phone: false },
];

export interface CueTiming {
  scenario: CueScenario;
  /** Click to the paint showing marks, ms, one per switch-on. */
  ms: number[];
  /** Switch-ons that navigated the document or asked the server for a page. */
  roundTrips: number;
}

/** In the page: counts visible cue marks, both kinds. A string, so tsx's helpers are not needed there. */
const MARKS = `(() => {
  let n = 0;
  if (typeof CSS !== "undefined" && CSS.highlights)
    for (const [name, h] of CSS.highlights) if (name.startsWith("cue-")) n += h.size;
  for (const el of document.querySelectorAll("[data-reader-content] [class*='cue-']"))
    if (!el.closest("[aria-labelledby='cue-panel-title']") && el.checkVisibility()) n++;
  return n;
})()`;

/** Resolves with click→paint once marks show: a rAF loop from the click, and a setTimeout after that frame. */
const ARM = `new Promise((resolve) => {
  addEventListener("click", (event) => {
    const start = event.timeStamp;
    const frame = () => {
      if (${MARKS} > 0) setTimeout(() => resolve(performance.now() - start));
      else if (performance.now() - start > 10000) resolve(-1);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, { capture: true, once: true });
  window.__cueArmed = true;
})`;

/** Polls an expression (page.waitForFunction would `eval` it, which the reader's CSP forbids). */
async function until(page: Page, expression: string, timeoutMs = 15_000): Promise<void> {
  for (const start = Date.now(); !(await page.evaluate(expression)); await page.waitForTimeout(50))
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${expression}`);
}

async function switchOn(page: Page): Promise<{ ms: number; roundTrip: boolean }> {
  const toggle = page.getByRole("switch", { name: "Language cues" });
  await toggle.hover();
  await page.waitForTimeout(1500);
  const rect = await toggle.boundingBox();
  if (!rect) throw new Error("the cue switch is not visible");
  let roundTrip = false;
  const onRequest = (r: { url: () => string; resourceType: () => string }) => {
    if (r.url().includes("cues=1") || r.resourceType() === "document") roundTrip = true;
  };
  page.on("request", onRequest);
  const timing = page.evaluate(ARM) as Promise<number>;
  await until(page, "window.__cueArmed === true");
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  const ms = await timing;
  page.off("request", onRequest);
  if (ms < 0) throw new Error("no cue marks within 10 s of the switch");
  return { ms, roundTrip };
}

async function switchOff(page: Page): Promise<void> {
  await page.evaluate("window.__cueArmed = false");
  await page.getByRole("switch", { name: "Language cues" }).uncheck();
  await until(page, `${MARKS} === 0 && !location.search.includes("cues=1")`);
  await page.waitForTimeout(500);
}

async function runScenario(baseUrl: string, scenario: CueScenario): Promise<CueTiming> {
  const { browser, context } = await openDevice(scenario.phone);
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${scenario.path}`);
    await page.locator("[data-ready]").waitFor({ state: "attached" });
    await slowDown(page);
    const ms: number[] = [];
    let roundTrips = 0;
    for (let i = 0; i < TOGGLES; i++) {
      const on = await switchOn(page);
      ms.push(on.ms);
      if (on.roundTrip) roundTrips++;
      await switchOff(page);
    }
    return { scenario, ms, roundTrips };
  } finally {
    await browser.close();
  }
}

export async function measureCueTiming(baseUrl: string, scenarios = CUE_SCENARIOS): Promise<CueTiming[]> {
  const results: CueTiming[] = [];
  for (const scenario of scenarios) results.push(await runScenario(baseUrl, scenario));
  return results;
}

export function cueLines(timings: CueTiming[]): string[] {
  return timings.map((t) => {
    const s = spread(t.ms);
    const ok = s.median <= CUE_BAR_MS;
    const trips = t.roundTrips > 0 ? `; ${t.roundTrips} of ${t.ms.length} went to the server` : "";
    return `cues on→marks visible, ${t.scenario.name} (${t.scenario.path}): median ${s.median.toFixed(0)} ms, slowest ${s.max.toFixed(0)} ms (${s.n} switches) | bar: median ≤ ${CUE_BAR_MS} ms | ${ok ? "ok" : "MISS"}${trips}`;
  });
}
