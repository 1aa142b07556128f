import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { OPINION, REPORT } from "./fixtures/articles";
import { relatedPassages, highlighted as searchHighlights } from "./highlights";
import { openReader } from "./open-reader";

/** The editors' lens, to check the reader against its source. */
const compare = JSON.parse(readFileSync("data/comparisons/israel-russia/compare.json", "utf8")) as {
  topics: Record<
    string,
    {
      onlyIn: { source: string; text: string; passages: string[] }[];
      bothReport: { passages: Record<string, string[]> }[];
    }
  >;
};
const entries = Object.values(compare.topics);
const sharedCited = new Set(
  entries.flatMap((t) => t.bothReport.flatMap((f) => Object.values(f.passages).flat())),
);
/** "Only here" on the seed: cited under "only in one", under no shared fact. */
const onlyInCited = new Set(
  entries.flatMap((t) => t.onlyIn.flatMap((o) => o.passages)).filter((id) => !sharedCited.has(id)),
);

test("the default page is an overview: every topic's comparison, open, its passages one click away", async ({
  page,
}) => {
  await openReader(page, "/");
  const rows = page.locator("[data-row]");
  await expect(rows).toHaveCount(11);
  // No passage text on the overview: the comparison is the page.
  await expect(page.locator("[data-reader-content] [data-passage]")).toHaveCount(0);
  const row = page.getByRole("region", { name: "Putin, Netanyahu and the state of ties" });
  const toggle = row.getByRole("button", { name: /How each side frames it: Putin, Netanyahu/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(row.getByRole("heading", { name: "Both report" })).toBeVisible();
  await expect(row.getByRole("heading", { name: "What each says" })).toBeVisible();
  await expect(row.getByRole("heading", { name: "Who is quoted or cited" })).toBeVisible();
  await expect(row.getByRole("heading", { name: "How it is framed" })).toBeVisible();
  // The overview counts what only one side says; the points themselves come with the passages.
  const onlyIn = compare.topics["leaders-relationship"]?.onlyIn ?? [];
  const opinionOnly = onlyIn.filter((o) => o.source === "opinion").length;
  expect(opinionOnly).toBeGreaterThan(1);
  await expect(row.getByText(new RegExp(`Opinion piece: ${opinionOnly} points`))).toBeVisible();
  const firstOnly = onlyIn[0]?.text ?? "";
  await expect(row.getByText(firstOnly, { exact: false })).toHaveCount(0);

  // One click: the topic's row with its passages, the comparison still first.
  await row.getByRole("link", { name: /Read the \d+ passages side by side/ }).click();
  await expect(page).toHaveURL(/\?topics=leaders-relationship$/);
  await expect(page.locator("[data-ready]")).toBeAttached();
  const full = page.getByRole("region", { name: "Putin, Netanyahu and the state of ties" });
  const bothReport = full.getByRole("heading", { name: "Both report" });
  await expect(bothReport).toBeVisible();
  await expect(full.getByRole("heading", { name: "Claims to trace" })).toBeVisible();
  await expect(full.getByText(firstOnly, { exact: false }).first()).toBeVisible();
  const panelBox = await bothReport.boundingBox();
  const firstPassage = await full.locator("[data-passage]:visible").first().boundingBox();
  expect(panelBox && firstPassage && panelBox.y < firstPassage.y).toBe(true);
  // 15 news passages and 38 on the opinion side: the first few each, then the rest on request.
  const passages = full.locator("[data-passage]:visible");
  expect(await passages.count()).toBeLessThanOrEqual(6);
  await full.getByRole("button", { name: /Show all \d+ passages/ }).click();
  expect(await passages.count()).toBeGreaterThan(40);
});

for (const [device, size] of [
  ["a desktop", { width: 1280, height: 800 }],
  ["a phone", { width: 390, height: 844 }],
] as const) {
  test(`the first screen shows how the two sides frame the same facts, on ${device}`, async ({ browser }) => {
    const phone = size.width < 500;
    const context = await browser.newContext({ viewport: size, isMobile: phone, hasTouch: phone });
    const page = await context.newPage();
    await openReader(page, "/");
    const first = page.locator("#first-comparison");
    await expect(first.getByRole("heading", { name: "Both report" })).toBeInViewport();
    // The first shared fact itself, with its passages on each side, not just the heading.
    await expect(first.locator("li").first()).toBeInViewport();
    await context.close();
  });
}

test("the comparison is in the page's HTML, not loaded after it", async ({ request }) => {
  const html = await (await request.get("/")).text();
  expect(html).toContain("Iran has a military presence in Syria, and Israel strikes Iranian targets there.");
  expect(html).toContain('aria-expanded="true"');
});

test("the keyboard reaches the first comparison in a few Tab presses", async ({ page }) => {
  await openReader(page, "/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the comparison" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#first-comparison")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /How each side frames it: Syria/ })).toBeFocused();
});

const highlighted = relatedPassages;

test("Compare ⇄ lands on the passages of the shared fact and names it", async ({ page }) => {
  await openReader(page, "/?view=full");
  await page
    .locator("[data-passage='opinion-p21']")
    .getByRole("button", { name: /Compare.*the same fact on the other side/ })
    .click();
  const status = page.getByRole("status").filter({ hasText: "carries the same fact" });
  await expect(status).toContainText("1 passage on the other side carries the same fact");
  await expect(status).toContainText("Both report: Russia has hosted Hamas representatives in Moscow.");
  await expect(page.locator("[data-passage='news-p15']")).toBeInViewport();
  expect(await highlighted(page)).toEqual(["news-p15"]);

  // From the news side: the fact's four passages, not the other Hamas passages of the opinion side.
  await page.getByRole("button", { name: "Clear selection" }).click();
  await page
    .locator("[data-passage='news-p15']")
    .getByRole("button", { name: /Compare/ })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "4 passages on the other side" })).toBeVisible();
  expect((await highlighted(page)).sort()).toEqual([
    "comment-5-p1",
    "comment-7-p3",
    "opinion-p21",
    "opinion-p22",
  ]);
  const hamasOpinion = await page.locator("[data-side='opinion'] [data-topics~='hamas-visits']").count();
  expect(hamasOpinion).toBeGreaterThan(4);
  await page.keyboard.press("Escape");
  expect(await highlighted(page)).toEqual([]);
});

test("“only here” marks the editors' only-in-one passages that share no fact, counted per side", async ({
  page,
}) => {
  await openReader(page, "/?view=full");
  await page.getByRole("button", { name: /Reader comments \(9\)/ }).click();
  const marked = await page
    .locator("[data-only-here]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-passage")));
  expect(new Set(marked)).toEqual(onlyInCited);
  const news = marked.filter((id) => id?.startsWith("news-")).length;
  await expect(
    page.getByRole("switch", {
      name: new RegExp(`Only here \\(News report ${news}, Opinion and comments ${marked.length - news}\\)`),
    }),
  ).toBeVisible();
});

test("search steps through matches with buttons, Enter and Shift+Enter", async ({ page }) => {
  await openReader(page, "/?view=full");
  const box = page.getByLabel("Search both texts");
  await box.fill("Hamas");
  await expect(page).toHaveURL(/q=Hamas/);
  const position = page.locator("[data-match-position]");
  await expect(page.locator("#reader-search-status")).toContainText(/^\d+ matches: /);
  // The full text shows each passage once: one step per highlight.
  const total = (await searchHighlights(page)).length;
  expect(total).toBeGreaterThan(2);
  expect((await searchHighlights(page)).every((h) => /hamas/i.test(h.text))).toBe(true);
  await box.press("Enter");
  await expect(position).toHaveText(`Match 1 of ${total}`);
  const current = async () => {
    const ranges = await searchHighlights(page, "search-current");
    expect(ranges).toHaveLength(1);
    return ranges[0];
  };
  expect((await current())?.inViewport).toBe(true);
  await page.getByRole("button", { name: "Next match" }).click();
  await expect(position).toHaveText(`Match 2 of ${total}`);
  await expect.poll(async () => (await current())?.inViewport).toBe(true);
  await box.press("Shift+Enter");
  await box.press("Shift+Enter");
  await expect(position).toHaveText(`Match ${total} of ${total}`);
  await expect.poll(async () => (await current())?.inViewport).toBe(true);
  await expect(page.getByRole("status").filter({ has: position })).toBeAttached();
});

test("the language-cue chart draws every source on one scale", async ({ page }) => {
  await openReader(page, "/?view=full&cues=1");
  const table = page.getByRole("table", { name: "Cues per 1,000 words" });
  await expect(table).toBeVisible();
  const bars = await table.locator("td").evaluateAll((cells) =>
    cells.map((td) => ({
      value: Number.parseFloat(td.textContent ?? "0"),
      width: (td.querySelector("[data-bar]") as HTMLElement).getBoundingClientRect().width,
    })),
  );
  const max = Math.max(...bars.map((b) => b.value));
  const full = Math.max(...bars.map((b) => b.width));
  for (const b of bars) if (b.value > 0.3) expect(Math.abs(b.width - (b.value / max) * full)).toBeLessThan(2);
  // Every source's column, and the legend, fit the panel on a desktop and on a phone.
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const panel = page.getByRole("region", { name: "Language cues" });
    const fits = await panel.evaluate((p) =>
      [...p.querySelectorAll("table, li, th, td")].every(
        (e) => e.getBoundingClientRect().right <= p.getBoundingClientRect().right + 0.5,
      ),
    );
    expect(fits, `the cue panel fits at ${width} px`).toBe(true);
  }
});

for (const [name, size] of [
  ["portrait", { width: 794, height: 1123 }],
  ["landscape", { width: 1123, height: 794 }],
] as const) {
  test(`print at A4 ${name} uses the page width`, async ({ page }) => {
    await page.setViewportSize(size);
    await openReader(page, "/?topics=un-votes");
    const row = page.getByRole("region", { name: /The UN: votes/ });
    const label = await row.getByRole("button", { name: /Show all \d+ passages/ }).textContent();
    const all = Number(label?.match(/\d+/)?.[0]);
    await page.emulateMedia({ media: "print" });
    // The handout prints every passage of the row, not the screen's first few.
    await expect(row.locator("[data-passage]")).toHaveCount(all);
    const width = (await row.boundingBox())?.width ?? 0;
    // The page less its margins (16 mm each side ≈ 121 px) and the main padding.
    expect(width).toBeGreaterThan(size.width - 200);
    const pdf = await page.pdf({ format: "A4", landscape: name === "landscape" });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe: topics with the comparison open and the full text with a fact selected, ${scheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openReader(page, "/?topics=hamas-visits");
    await expectNoAxeViolations(page, `topics, ${scheme}`);
    await openReader(page, "/?view=full&topics=hamas-visits&q=Hamas");
    await page
      .locator("[data-passage='news-p15']")
      .getByRole("button", { name: /Compare/ })
      .click();
    await page.getByRole("button", { name: "Next match" }).click();
    await expectNoAxeViolations(page, `full text, selection and search, ${scheme}`);
  });
}

test.describe("an import", () => {
  const base = {
    title: "The Elm River bridge",
    description: "A report and an opinion piece on the council's vote.",
    documents: [REPORT, { ...OPINION, url: null }],
  };

  test("Compare ⇄ lands on a teacher's corrected link, and only here counts each side", async ({
    page,
    request,
  }) => {
    const alignment = {
      topics: [{ id: "bridge-vote", label: "The vote" }],
      passages: { "doc-1-p2": ["bridge-vote"], "doc-2-p1": ["bridge-vote"], "doc-2-p2": ["bridge-vote"] },
      links: [{ source: "doc-1-p2", target: "doc-2-p1", score: 1 }],
    };
    const created = await request.post("/api/comparisons", { data: { ...base, alignment } });
    expect(created.status()).toBe(201);
    const { slug } = await created.json();
    await openReader(page, `/compare/${slug}?view=full`);
    await page
      .locator("[data-passage='doc-1-p2']")
      .getByRole("button", { name: /Compare/ })
      .click();
    const status = page.getByRole("status").filter({ hasText: "carries the same fact" });
    await expect(status).toContainText("linked by hand (a teacher's correction)");
    // doc-2-p2 shares the topic but is no counterpart.
    expect(await highlighted(page)).toEqual(["doc-2-p1"]);

    const only = await page
      .locator("[data-only-here]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-passage") ?? ""));
    expect(only).not.toContain("doc-1-p2");
    expect(only).not.toContain("doc-2-p1");
    const one = only.filter((id) => id.startsWith("doc-1-")).length;
    await expect(
      page.getByRole("switch", { name: `Only here (News report ${one}, Opinion ${only.length - one})` }),
    ).toBeVisible();
  });

  test("two news reports are named by outlet in Compare and in what each could know", async ({
    page,
    request,
  }) => {
    const alignment = {
      topics: [{ id: "bridge-vote", label: "The vote" }],
      passages: { "doc-1-p2": ["bridge-vote"], "doc-2-p1": ["bridge-vote"] },
      // doc-1-p3 and doc-2-p2 have no topic: their link still offers Compare ⇄.
      links: [
        { source: "doc-1-p2", target: "doc-2-p1", score: 1 },
        { source: "doc-1-p3", target: "doc-2-p2", score: 0.8 },
      ],
    };
    const documents = [REPORT, { ...OPINION, genre: "news", url: null }];
    const created = await request.post("/api/comparisons", { data: { ...base, documents, alignment } });
    expect(created.status()).toBe(201);
    await openReader(page, `/compare/${(await created.json()).slug}?view=full`);
    await expect(
      page.getByText("Written less than a month before the Riverside Voice report."),
    ).toBeVisible();
    await expect(
      page.getByText("Written less than a month after the Riverside Courier report."),
    ).toBeVisible();
    await page
      .locator("[data-passage='doc-1-p2']")
      .getByRole("button", { name: /Compare/ })
      .click();
    const status = page.getByRole("status").filter({ hasText: "carries the same fact" });
    await expect(status).toContainText("The Riverside Voice ¶1");
    await expect(status).not.toContainText("report ¶");
    await page
      .locator("[data-passage='doc-1-p3']")
      .getByRole("button", { name: /Compare/ })
      .click();
    await expect(page.getByRole("status").filter({ hasText: "The Riverside Voice ¶2" })).toBeVisible();
    expect(await highlighted(page)).toEqual(["doc-2-p2"]);
  });

  test("Compare ⇄ gives an automatic link's confidence", async ({ page, request }) => {
    const { slug } = await (await request.post("/api/comparisons", { data: base })).json();
    const body = await (await request.get(`/api/comparisons/${slug}`)).json();
    const linked = body.documents[0].passages.find(
      (p: { counterparts: unknown[]; topics: unknown[] }) => p.counterparts.length > 0 && p.topics.length > 0,
    );
    test.skip(!linked, "the aligner linked no topic passage of this fixture");
    await openReader(page, `/compare/${slug}?view=full`);
    await page
      .locator(`[data-passage='${linked.id}']`)
      .getByRole("button", { name: /Compare/ })
      .click();
    await expect(
      page.getByRole("status").filter({ hasText: /linked by the aligner, confidence \d+%/ }),
    ).toBeVisible();
  });
});
