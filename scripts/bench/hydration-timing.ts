/**
 * When a reader sees the text and when its controls answer: first contentful paint and the moment the
 * page marks itself hydrated (`data-ready`, components/ui/use-ready-marker.ts), on a phone at 4× CPU
 * slowdown, with a cold and a warm HTTP cache, on an unthrottled network and on Lighthouse's slow 4G
 * (150 ms RTT, 1.6 Mbit/s). Written to weigh docs/decisions/paint-first.md: scripts after the first paint
 * bring the text sooner and the controls later on a first visit.
 *
 * Against servers already running, taking turns (two builds to compare on a noisy machine):
 * `npx tsx scripts/bench/hydration-timing.ts --url=http://127.0.0.1:3500,http://127.0.0.1:3510 --rounds=5`
 */
import { pathToFileURL } from "node:url";
import { spread } from "./report";
import { openDevice, slowDown } from "./slow-device";

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 };

interface Visit {
  fcp: number;
  ready: number;
}

async function visit(url: string, warm: boolean, slowNetwork: boolean): Promise<Visit> {
  const { browser, context } = await openDevice(true);
  try {
    const page = await context.newPage();
    if (warm) {
      await page.goto(url);
      await page.locator("[data-ready]").first().waitFor();
    }
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector("[data-ready]")) return;
        (window as unknown as { readyAt: number }).readyAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
    });
    const cdp = await context.newCDPSession(page);
    if (slowNetwork) await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await slowDown(page);
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => "readyAt" in window, null, { timeout: 30_000 });
    return await page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
      ready: (window as unknown as { readyAt: number }).readyAt,
    }));
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const urls = (arg("url") ?? "").split(",").filter(Boolean);
  if (urls.length === 0) throw new Error("--url=<page URL>[,<another>] on running servers");
  const visits = new Map<string, Visit[]>();
  for (let round = 0; round < Number(arg("rounds") ?? 3); round++)
    for (const slowNetwork of [false, true])
      for (const warm of [false, true])
        for (const url of urls) {
          const key = `${url} ${slowNetwork ? "slow 4G" : "fast network"}, ${warm ? "warm" : "cold"} cache`;
          visits.set(key, [...(visits.get(key) ?? []), await visit(url, warm, slowNetwork)]);
        }
  for (const [key, list] of visits) {
    const [fcp, ready] = [spread(list.map((v) => v.fcp)), spread(list.map((v) => v.ready))];
    console.log(
      `${key}: first paint ${fcp.median.toFixed(0)} ms (${fcp.min.toFixed(0)}–${fcp.max.toFixed(0)}), ` +
        `hydrated ${ready.median.toFixed(0)} ms (${ready.min.toFixed(0)}–${ready.max.toFixed(0)}), n ${list.length}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
