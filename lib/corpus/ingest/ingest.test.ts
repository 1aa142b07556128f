import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../schema";
import { BLOG_POST_FURNITURE, ingestBlogPost } from "./blog-post";
import { ingestNewsArticle, NEWS_ARTICLE_FURNITURE } from "./news-article";

const seeds = path.join(process.cwd(), "data", "seeds");
const newsRaw = readFileSync(path.join(seeds, "news-report.nyt.2024-03-19.txt"), "utf8");
const blogRaw = readFileSync(path.join(seeds, "opinion-and-comments.israpundit.2021-04-18.txt"), "utf8");
const quoteBlocks = [
  {
    document: "comment-9",
    from: "Israeli settlers attack Palestinians, steal land with impunity.",
    through: "in spite of overwhelming documentation of these crimes.",
  },
];
const news = ingestNewsArticle(newsRaw, {
  file: "news.txt",
  documentId: "news",
  outlet: "The New York Times",
  furniture: NEWS_ARTICLE_FURNITURE,
});
const blog = ingestBlogPost(blogRaw, {
  file: "blog.txt",
  documentId: "opinion",
  outlet: "Israpundit",
  furniture: BLOG_POST_FURNITURE,
  quoteBlocks,
});
const [opinion, ...comments] = blog as [SourceDocument, ...SourceDocument[]];
const all = [news, ...blog];

/** The only normalisation allowed: whitespace folded, typographic quotes made straight. */
const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
const texts = (d: SourceDocument) => d.passages.map((p) => p.text);

describe("news article ingest", () => {
  it("reads the metadata, not as body text", () => {
    expect(news).toMatchObject({
      kind: "news",
      title: "Israel Faces Tough Balancing Act on Russia and the West",
      deck: expect.stringMatching(/^Prime Minister Benjamin Netanyahu treads lightly/),
      authors: ["Steven Erlanger", "Adam Sella"],
      publishedAt: "2024-03-19",
      reportingNote: "Steven Erlanger reported from Berlin, and Adam Sella from Tel Aviv.",
      number: null,
      replyTo: null,
    });
    expect(news.authorBios).toEqual([
      { author: "Steven Erlanger", text: expect.stringMatching(/former Soviet Union\.$/) },
    ]);
  });

  it("types the photo caption and keeps quotes with attribution as paragraphs", () => {
    const captions = news.passages.filter((p) => p.type === "caption");
    expect(captions.map((p) => p.text)).toEqual([
      expect.stringMatching(/^Palestinians mourning in Khan Younis/),
    ]);
    expect(news.passages.find((p) => p.text.startsWith("“We want to maintain"))?.type).toBe("paragraph");
    expect(news.passages.every((p) => p.type === "paragraph" || p.type === "caption")).toBe(true);
  });

  it("removes newsletter prompts and bio links", () => {
    const body = JSON.stringify(news);
    expect(body).not.toMatch(/Get it sent to your inbox|Sign up for|More about Steven Erlanger/);
  });
});

describe("blog post ingest", () => {
  it("splits the post and its nine comments into documents", () => {
    expect(blog).toHaveLength(10);
    expect(opinion).toMatchObject({
      id: "opinion",
      kind: "opinion",
      authors: ["Ted Belman", "Alex Maistrovoy"],
      publishedAt: "2021-04-18",
      repost: { date: "2023-04-27", dateline: "April 27, 2023" },
    });
    expect(opinion.series.map((s) => s.part)).toEqual(["I", "II", "III"]);
    expect(opinion.authorBios.map((b) => b.author)).toEqual(["Ted Belman", "Alex Maistrovoy"]);
    expect(comments.map((c) => [c.id, c.kind, c.number, c.replyTo])).toEqual(
      Array.from({ length: 9 }, (_, i) => [`comment-${i + 1}`, "comment", i + 1, "opinion"]),
    );
  });

  it("types headings, list items and quoted sources", () => {
    const byType = (t: string) => opinion.passages.filter((p) => p.type === t).map((p) => p.text);
    expect(byType("heading")).toEqual([
      "Pragmatic Reasons",
      "Cultural Reasons",
      "“Jewish influence” in Washington",
    ]);
    expect(byType("list-item")).toHaveLength(9);
    expect(byType("list-item")[0]).toMatch(/^Inconsistency, unpredictability/);
    expect(byType("quote").map((t) => t.slice(0, 20))).toEqual([
      "“The Russia-sponsore",
      "“The website said th",
      "“The website said th",
      "“We can only guess a",
    ]);
  });

  it("marks the op-ed pasted into comment 9 as quoted material, and the commenter's words not", () => {
    const c9 = comments[8] as SourceDocument;
    expect(c9.passages.map((p) => p.type)).toEqual([
      "paragraph",
      ...Array<string>(11).fill("quote"),
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
  });

  it("removes the page furniture and counters", () => {
    const body = JSON.stringify(blog);
    expect(body).not.toMatch(/Subscribe to Israpundit|Leave a Reply|9 Comments/);
  });

  it("gives every passage a unique, stable id", () => {
    const ids = all.flatMap((d) => d.passages.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 2)).toEqual(["news-p1", "news-p2"]);
    expect(comments[2]?.passages[0]).toMatchObject({ id: "comment-3-p1", text: "@Adam" });
  });
});

describe("fidelity", () => {
  it("keeps every word of the news report outside the furniture, in order, and nothing else", () => {
    const furniture = [
      "Sign up for the Israel-Hamas War Briefing. The latest news about the conflict. [Get it sent to your inbox.](#)",
      "[Get it sent to your inbox.](#)",
      "More about Steven Erlanger",
    ];
    const source = furniture.reduce((s, f) => s.replaceAll(f, " "), newsRaw);
    const rebuilt = [
      news.title,
      news.deck,
      news.byline,
      news.reportingNote,
      news.dateline,
      ...texts(news),
      ...news.authorBios.map((b) => b.text),
    ].join(" ");
    expect(norm(rebuilt)).toBe(norm(source));
  });

  it("keeps every word of the opinion piece and its comments outside the furniture, in order", () => {
    const furniture = [
      "| 9 Comments »",
      "Subscribe to Israpundit Daily Digest",
      "Leave a Reply",
      "9 Comments / 9 Comments",
    ];
    const source = furniture
      .reduce((s, f) => s.replaceAll(f, " "), blogRaw)
      .replace(/^ {2}• /gm, " ") // list bullets are structure, kept as the passage type
      .replace(/^ {2}\d\. /gm, " "); // comment numbers are structure, kept as `number`
    const rebuilt = [
      opinion.title,
      ...opinion.series.map((s) => `Part ${s.part}: ${s.title}`),
      opinion.byline,
      ...texts(opinion),
      ...opinion.authorBios.map((b) => b.text),
      opinion.repost?.dateline,
      ...comments.flatMap(texts),
    ].join(" ");
    expect(norm(rebuilt)).toBe(norm(source));
  });

  it("normalises nothing but whitespace: passage text is a verbatim run of the source", () => {
    const flat = (s: string) => s.replace(/\s+/g, " ");
    for (const doc of all) {
      const raw = flat(doc.kind === "news" ? newsRaw : blogRaw);
      for (const p of doc.passages) expect(raw, p.id).toContain(p.text);
    }
  });
});

describe("ingest errors", () => {
  it("names the file and line when the layout is not what the format expects", () => {
    const opts = { file: "broken.txt", documentId: "news", outlet: "X", furniture: [] };
    expect(() => ingestNewsArticle("Title\n\nDeck\n\nNo byline here\n", opts)).toThrow(
      /broken\.txt:5: expected a byline/,
    );
    expect(() =>
      ingestBlogPost("Title\n\nBy Someone sometime\n", { ...opts, documentId: "opinion" }),
    ).toThrow(/broken\.txt:3: expected a byline/);
  });

  it("refuses a quote block whose anchors are not in the comment", () => {
    const missing = [{ document: "comment-9", from: "No such opening", through: "no such end." }];
    expect(() =>
      ingestBlogPost(blogRaw, {
        file: "blog.txt",
        documentId: "opinion",
        outlet: "I",
        furniture: BLOG_POST_FURNITURE,
        quoteBlocks: missing,
      }),
    ).toThrow(/quote block in comment-9 not found/);
  });

  it("dates a comment that dates itself, in its own words, and refuses words it does not have", () => {
    const opts = { file: "blog.txt", documentId: "opinion", outlet: "I", furniture: BLOG_POST_FURNITURE };
    const words = "This post is April 2024";
    const dated = ingestBlogPost(blogRaw, {
      ...opts,
      commentDates: [{ document: "comment-1", date: "2024-04", words }],
    });
    expect(dated.find((d) => d.id === "comment-1")?.ownDate).toEqual({ date: "2024-04", words });
    expect(dated.filter((d) => d.ownDate).map((d) => d.id)).toEqual(["comment-1"]);
    const wrong = (commentDates: { document: string; date: string; words: string }[]) => () =>
      ingestBlogPost(blogRaw, { ...opts, commentDates });
    expect(wrong([{ document: "comment-2", date: "2024-04", words }])).toThrow(
      /comment-2 does not date itself/,
    );
    expect(wrong([{ document: "comment-1", date: "2021-04", words }])).toThrow(
      /names another year than 2021/,
    );
    expect(wrong([{ document: "comment-12", date: "2024-04", words }])).toThrow(
      /comment-12, which is not a comment/,
    );
  });
});
