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
