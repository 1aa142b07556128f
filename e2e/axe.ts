import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Rows off screen use `content-visibility: auto`: the browser skips their layout until a reader scrolls
 * near them, so axe's hit tests (target size, contrast) would see empty boxes. The audit renders them as
 * a reader who scrolled would see them, then puts the page back.
 */
const RENDER_ALL = "[data-axe-render-all] * { content-visibility: visible !important; }";

/** Zero axe violations (WCAG 2.x A/AA plus best practices) on the page as it is now. */
export async function expectNoAxeViolations(page: Page, context = ""): Promise<void> {
  const style = await page.addStyleTag({ content: RENDER_ALL });
  await page.evaluate(() => document.documentElement.setAttribute("data-axe-render-all", ""));
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze()
    .finally(async () => {
      await page.evaluate(() => document.documentElement.removeAttribute("data-axe-render-all"));
      await style.evaluate((node) => (node as Element).remove());
    });
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}
