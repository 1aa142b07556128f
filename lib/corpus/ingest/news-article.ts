import type { SourceDocument } from "../schema";
import {
  IngestError,
  isWhollyQuoted,
  parseLongDate,
  type SourceLine,
  sourceLines,
  splitAuthors,
} from "./text";
import { type DraftPassage, emptyDocument, type IngestOptions, withIds } from "./types";

/** A newsletter prompt, and the link text at the end of an author bio. */
export const NEWS_ARTICLE_FURNITURE = [
  /^\[Get it sent to your inbox\.\]\(#\)$/,
  /^Sign up for .*\[Get it sent to your inbox\.\]\(#\)$/,
];
const BIO_LINK = / More about [^.]+$/;
/** A photo credit closes a caption: "Yousef Masoud for The New York Times", "… /Getty Images". */
const PHOTO_CREDIT = /(?: for The New York Times| Getty Images| Reuters| Associated Press)$/;

/**
 * A news article copied as text: title, deck, byline, reporting note, dateline, then one paragraph per
 * line, captions where images stood, and author bios at the end.
 */
export function ingestNewsArticle(raw: string, opts: IngestOptions): SourceDocument {
  const lines = sourceLines(raw).filter((l) => !opts.furniture.some((re) => re.test(l.text)));
  const fail = (line: SourceLine | undefined, message: string): never => {
    throw new IngestError(opts.file, line?.lineNo ?? null, message);
  };
  const [titleLine, deckLine, ...rest] = lines;
  if (!titleLine || !deckLine) return fail(titleLine, "expected a title and a deck");

  let i = 0;
  const bylineLine = rest[i];
  if (!bylineLine?.text.startsWith("By ")) return fail(bylineLine, 'expected a byline starting with "By "');
  const authors = splitAuthors(bylineLine.text.slice(3));
  i += 1;

  let reportingNote: string | null = null;
  if (rest[i] && / reported from /.test(rest[i]?.text ?? "")) {
    reportingNote = rest[i]?.text ?? null;
    i += 1;
  }
  const datelineLine = rest[i];
  const publishedAt = datelineLine ? parseLongDate(datelineLine.text) : null;
  if (!datelineLine || !publishedAt)
    return fail(datelineLine, "expected a dateline such as “March 19, 2024”");
  i += 1;

  const isBio = (l: SourceLine) => authors.some((a) => l.text.startsWith(`${a} is `));
  const body: DraftPassage[] = [];
  const bios: SourceDocument["authorBios"] = [];
  for (const line of rest.slice(i)) {
    const bioAuthor = authors.find((a) => line.text.startsWith(`${a} is `));
    if (bioAuthor && isBio(line)) {
      bios.push({ author: bioAuthor, text: line.text.replace(BIO_LINK, "") });
    } else if (bios.length > 0) {
      fail(line, "unexpected text after the author bios");
    } else if (line.blankBefore >= 2 && PHOTO_CREDIT.test(line.text)) {
      body.push({ type: "caption", text: line.text });
    } else {
      body.push({ type: isWhollyQuoted(line.text) ? "quote" : "paragraph", text: line.text });
    }
  }
  if (body.length === 0) fail(datelineLine, "the article has no body text");

  return emptyDocument({
    id: opts.documentId,
    kind: "news",
    title: titleLine.text,
    deck: deckLine.text.startsWith("By ")
      ? fail(deckLine, "expected a deck before the byline")
      : deckLine.text,
    outlet: opts.outlet,
    authors,
    publishedAt,
    byline: bylineLine.text,
    dateline: datelineLine.text,
    reportingNote,
    authorBios: bios,
    passages: withIds(opts.documentId, body),
  });
}
