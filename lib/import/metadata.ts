import { foldWhitespace, parseLongDate } from "@/lib/corpus/ingest/text";

/** "2024-03-19T07:35:00-04:00", "2024-03-19" or "March 19, 2024" → "2024-03-19"; anything else → null. */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = foldWhitespace(value ?? "");
  // The page's own calendar date: converting to UTC first could move it by a day.
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    const valid = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return valid ? date.toISOString().slice(0, 10) : null;
  }
  try {
    return parseLongDate(text);
  } catch {
    return null;
  }
}

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** `datePublished` anywhere in the page's JSON-LD (top level, arrays or an @graph). */
function jsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === "object") {
        const record = node as Record<string, unknown>;
        const date = typeof record.datePublished === "string" ? toIsoDate(record.datePublished) : null;
        if (date) return date;
        if (record["@graph"]) queue.push(record["@graph"]);
      }
    }
  }
  return null;
}

/** The publication date the page declares: meta tags, then JSON-LD, then the first <time datetime>. */
export function publishedDate(doc: Document): string | null {
  for (const selector of META_SELECTORS) {
    const date = toIsoDate(doc.querySelector(selector)?.getAttribute("content"));
    if (date) return date;
  }
  const fromJsonLd = jsonLdDate(doc);
  if (fromJsonLd) return fromJsonLd;
  const time = doc.querySelector("article time[datetime], time[pubdate][datetime], time[datetime]");
  return toIsoDate(time?.getAttribute("datetime"));
}

/** A metadata string with whitespace folded, or null when there is none. */
export function cleanMeta(value: string | null | undefined): string | null {
  const text = foldWhitespace(value ?? "");
  return text || null;
}
