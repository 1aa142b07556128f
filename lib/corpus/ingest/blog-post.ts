import { dateWordsProblem } from "../editorial-checks";
import type { SourceDocument } from "../schema";
import {
  IngestError,
  isWhollyQuoted,
  looksLikeHeading,
  parseLongDate,
  parseShortDate,
  type SourceLine,
  sourceLines,
  splitAuthors,
} from "./text";
import { type DraftPassage, emptyDocument, type IngestOptions, withIds } from "./types";

/** Blog page furniture: subscription prompt, reply form, comment counters. */
export const BLOG_POST_FURNITURE = [
  /^Subscribe to .+$/,
  /^Leave a Reply$/,
  /^\d+ Comments? \/ \d+ Comments?$/,
];
const SERIES_PART = /^Part ([IVXLC]+):\s*(.+)$/;
const BYLINE = /^By (.+?) ([A-Z][a-z]+ \d{1,2}\/\d{2})$/;
/** "April 27, 2023 | 9 Comments »": the date the page shows (a repost), then a comment counter. */
const REPOST_LINE = /^([A-Z][a-z]+ \d{1,2}, \d{4}) \| \d+ Comments? »$/;
const COMMENT_START = /^(\d+)\. (.+)$/;
const BULLET = /^[•●▪◦-] /;

function bodyPassage(line: SourceLine): DraftPassage {
  if (line.indent > 0 && BULLET.test(line.text))
    return { type: "list-item", text: line.text.replace(BULLET, "") };
  if (isWhollyQuoted(line.text)) return { type: "quote", text: line.text };
  if (looksLikeHeading(line.text)) return { type: "heading", text: line.text };
  return { type: "paragraph", text: line.text };
}

/**
 * A blog post copied as text: title, the series it belongs to, byline with date, body (headings,
 * bulleted lists, quoted sources), author bios, the page's date line, then the numbered reader comments.
 * Returns the post followed by one document per comment.
 */
export function ingestBlogPost(raw: string, opts: IngestOptions): SourceDocument[] {
  const lines = sourceLines(raw).filter((l) => !opts.furniture.some((re) => re.test(l.text)));
  const fail = (line: SourceLine | undefined, message: string): never => {
    throw new IngestError(opts.file, line?.lineNo ?? null, message);
  };
  const [titleLine, ...rest] = lines;
  if (!titleLine) return fail(undefined, "the file is empty");

  const series: SourceDocument["series"] = [];
  let i = 0;
  for (let m = SERIES_PART.exec(rest[i]?.text ?? ""); m; m = SERIES_PART.exec(rest[i]?.text ?? "")) {
    series.push({ part: m[1] ?? "", title: m[2] ?? "" });
    i += 1;
  }
  const bylineLine = rest[i];
  const byline = BYLINE.exec(bylineLine?.text ?? "");
  const publishedAt = byline ? parseShortDate(byline[2] ?? "") : null;
  if (!byline || !publishedAt) return fail(bylineLine, "expected a byline such as “By A and B April 18/21”");
  const authors = splitAuthors(byline[1] ?? "");
  const surnames = authors.map((a) => a.split(" ").at(-1) ?? a);
  i += 1;

  const body: DraftPassage[] = [];
  const bios: SourceDocument["authorBios"] = [];
  let repost: SourceDocument["repost"] = null;
  for (; i < rest.length && !repost; i++) {
    const line = rest[i] as SourceLine;
    const repostMatch = REPOST_LINE.exec(line.text);
    const bioSurname = surnames.findIndex((s) => new RegExp(`^[A-Z][a-z]+ ${s} `).test(line.text));
    if (repostMatch) {
      const dateline = repostMatch[1] ?? "";
      repost = { date: parseLongDate(dateline) ?? fail(line, "unreadable date"), dateline };
    } else if (bioSurname >= 0) {
      bios.push({ author: authors[bioSurname] ?? "", text: line.text });
    } else if (bios.length > 0 && line.indent === 0) {
      const last = bios.at(-1);
      if (last) last.text = `${last.text}\n\n${line.text}`;
    } else {
      body.push(bodyPassage(line));
    }
  }

  const post = emptyDocument({
    id: opts.documentId,
    kind: "opinion",
    title: titleLine.text,
    outlet: opts.outlet,
    authors,
    publishedAt,
    byline: bylineLine?.text ?? null,
    authorBios: bios,
    series,
    repost,
    passages: withIds(opts.documentId, body),
  });
  return [post, ...ingestComments(rest.slice(i), post, opts, fail)];
}

function ingestComments(
  lines: SourceLine[],
  post: SourceDocument,
  opts: IngestOptions,
  fail: (line: SourceLine | undefined, message: string) => never,
): SourceDocument[] {
  const threads: { number: number; drafts: DraftPassage[] }[] = [];
  for (const line of lines) {
    const start = line.indent <= 2 ? COMMENT_START.exec(line.text) : null;
    if (start) {
      const number = Number(start[1]);
      if (number !== threads.length + 1)
        fail(line, `expected comment ${threads.length + 1}, found ${number}`);
      threads.push({ number, drafts: [] });
    }
    const current =
      threads.at(-1) ?? fail(line, "text after the post that is neither furniture nor a comment");
    const text = start ? (start[2] ?? "") : line.text;
    current.drafts.push({ type: isWhollyQuoted(text) ? "quote" : "paragraph", text });
  }

  const stray = opts.commentDates?.find((d) => !threads.some((t) => `comment-${t.number}` === d.document));
  if (stray)
    throw new IngestError(opts.file, null, `a date for ${stray.document}, which is not a comment here`);
  return threads.map(({ number, drafts }) => {
    const id = `comment-${number}`;
    for (const block of opts.quoteBlocks?.filter((b) => b.document === id) ?? []) {
      const from = drafts.findIndex((d) => d.text.startsWith(block.from));
      const through = drafts.findIndex((d, k) => k >= from && d.text.endsWith(block.through));
      if (from < 0 || through < 0) {
        throw new IngestError(
          opts.file,
          null,
          `quote block in ${id} not found: “${block.from}” … “${block.through}”`,
        );
      }
      for (let k = from; k <= through; k++) (drafts[k] as DraftPassage).type = "quote";
    }
    const dated = opts.commentDates?.find((d) => d.document === id);
    if (dated && !drafts.some((d) => d.text.includes(dated.words)))
      throw new IngestError(opts.file, null, `${id} does not date itself “${dated.words}”`);
    const wrong = dated && dateWordsProblem(dated.words, dated.date);
    if (wrong) throw new IngestError(opts.file, null, `${id}: ${wrong}`);
    return emptyDocument({
      id,
      kind: "comment",
      ownDate: dated ? { date: dated.date, words: dated.words } : null,
      title: `Comment ${number}`,
      outlet: post.outlet,
      number,
      replyTo: post.id,
      passages: withIds(id, drafts),
    });
  });
}
