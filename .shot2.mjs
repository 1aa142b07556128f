import { chromium } from "@playwright/test";

const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await b.newPage({ viewport: { width: 1366, height: 900 }, colorScheme: "dark" });
const url = process.argv[2];
await page.goto(url);
await page.waitForTimeout(3500);
await page.screenshot({ path: "bench-results/screenshots/dashboard-full-dark.png", fullPage: true });
await b.close();
