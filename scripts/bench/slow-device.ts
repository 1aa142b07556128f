/**
 * The device the timing harnesses (filter clicks, language cues) measure on: a fresh Chromium with a
 * phone (412×823, touch) or desktop (1280×800) context, slowed 4× once the page is ready.
 */
import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "@playwright/test";

const CPU_SLOWDOWN = 4;
const PHONE = { width: 412, height: 823 };
const DESKTOP = { width: 1280, height: 800 };

export async function openDevice(phone: boolean): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  });
  const context = await browser.newContext(
    phone
      ? { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 }
      : { viewport: DESKTOP },
  );
  return { browser, context };
}

export async function slowDown(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
}
