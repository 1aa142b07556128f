import type { Page } from "@playwright/test";

export interface Highlighted {
  text: string;
  /** The side the match is in (data-side of its column or cell). */
  side: string | null;
  passage: string | null;
  inViewport: boolean;
}

/** The ranges of a CSS highlight ("search", "search-current"): what the reader's search marks. */
export function highlighted(page: Page, name = "search"): Promise<Highlighted[]> {
  return page.evaluate((n) => {
    const set = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return [...(set ?? [])].map((r) => {
      const el = r.startContainer.parentElement;
      const rect = r.getBoundingClientRect();
      return {
        text: r.toString(),
        side: el?.closest("[data-side]")?.getAttribute("data-side") ?? null,
        passage: el?.closest("[data-passage]")?.getAttribute("data-passage") ?? null,
        inViewport: rect.bottom > 0 && rect.top < window.innerHeight && rect.height > 0,
      };
    });
  }, name);
}

/** The light theme's background of a passage Compare ⇄ marks as a counterpart. */
const RELATED_BG = "rgb(254, 243, 199)";

/** The passages the reader marks as counterparts of the selected one, by id. */
export function relatedPassages(page: Page): Promise<(string | null)[]> {
  return page
    .locator("[data-passage]")
    .evaluateAll(
      (els, bg) =>
        els
          .filter((el) => getComputedStyle(el).backgroundColor === bg)
          .map((el) => el.getAttribute("data-passage")),
      RELATED_BG,
    );
}
