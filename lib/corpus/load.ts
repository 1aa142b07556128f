import "server-only";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { BLOG_POST_FURNITURE, ingestBlogPost } from "./ingest/blog-post";
import { ingestNewsArticle, NEWS_ARTICLE_FURNITURE } from "./ingest/news-article";
import { type Manifest, manifestSchema } from "./manifest";
import type { Comparison, ComparisonSummary, SourceDocument } from "./schema";

export const DEFAULT_DATA_DIR = path.join(process.cwd(), "data");

export function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

export function readManifest(dataDir: string, slug: string): Manifest {
  const file = path.join(dataDir, "comparisons", slug, "comparison.json");
  const parsed = manifestSchema.safeParse(readJson(file));
  if (!parsed.success) throw new Error(`${file}: invalid manifest\n${parsed.error.message}`);
  return parsed.data;
}

/** The documents of one comparison as ingested from its source files, before any annotation. */
export function ingestSources(
  dataDir: string,
  slug: string,
  manifest = readManifest(dataDir, slug),
): SourceDocument[] {
  const documents: SourceDocument[] = manifest.sources.flatMap((source) => {
    const file = path.join(dataDir, source.file);
    const raw = readFileSync(file, "utf8");
    const opts = {
      file,
      documentId: source.documentId,
      outlet: source.outlet,
      quoteBlocks: source.quoteBlocks,
      commentDates: source.commentDates,
    };
    return source.format === "news-article"
      ? [ingestNewsArticle(raw, { ...opts, furniture: NEWS_ARTICLE_FURNITURE })]
      : ingestBlogPost(raw, { ...opts, furniture: BLOG_POST_FURNITURE });
  });
  const ids = documents.map((d) => d.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`${slug}: two documents have the id "${duplicate}"`);
  return documents;
}

export function listSeedSlugs(dataDir: string): string[] {
  const dir = path.join(dataDir, "comparisons");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "comparison.json")))
    .map((e) => e.name)
    .sort();
}

export function summarize(c: Comparison): ComparisonSummary {
  return {
    slug: c.slug,
    title: c.title,
    origin: c.origin,
    documentCount: c.documents.length,
    topicCount: c.topics.length,
  };
}
