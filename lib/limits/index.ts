/**
 * Every size and cost limit of uploads, alignment and storage, in one place, so the preview, the save
 * and the compute worker cannot disagree. The measurements behind them are in
 * docs/decisions/bounded-compute.md. Kept free of imports: lib/db and the request schemas read it too.
 */

/** Uploads to POST /api/import/extract. */
export const UPLOAD_LIMITS = {
  /** UTF-8 bytes of a file. Pages carry far more markup and script than words; cost is capped by elements. */
  maxBytes: 2 * 1024 * 1024,
  /**
   * Elements (start tags) of a web page, or the elements a Markdown file would become. The slowest shapes
   * measured at this count take about 2 s of CPU; news pages have 1,000–5,000.
   */
  maxElements: 10_000,
  /** Pages with more elements skip Readability (it slows down faster than the rest) and are read whole. */
  readabilityElements: 5_000,
  /** Nesting depth of a page's tree (real articles stay under 100); deeper answers 422. */
  maxDepth: 200,
} as const;

/** Texts, passages and topics: one definition for the preview (/api/align), the save and storage. */
export const TEXT_LIMITS = {
  /** UTF-8 bytes of one text. */
  maxTextBytes: 256 * 1024,
  /** Characters of one passage (paragraph, list item…): the aligner refuses longer ones, storage too. */
  maxPassageChars: 20_000,
  /** Passages of one text. */
  maxPassages: 2_000,
  /** Topics a teacher may name for the aligner. */
  maxGivenTopics: 30,
  /** Topics the aligner discovers on its own: fewer, larger groups read better (storage allows more). */
  maxDiscoveredTopics: 60,
  /** Topics of a stored comparison (a teacher's corrections may add topics). */
  maxStoredTopics: 200,
  /** The aligner's ranked suggestions per passage and other text: the preview shows them, storage keeps them. */
  candidatesPerText: 3,
} as const;

/**
 * Texts in one comparison, previewed or saved: side by side, four columns is what the reader lays out,
 * and what the preview accepts the save must accept.
 */
export const DOCUMENT_COUNT = { min: 2, max: 4 } as const;

/** Links are mutual best matches: at most one per passage for each pair of saved texts (6 pairs of 4). */
export const MAX_STORED_LINKS =
  ((DOCUMENT_COUNT.max * (DOCUMENT_COUNT.max - 1)) / 2) * TEXT_LIMITS.maxPassages;

/**
 * Characters of the fields people type and others read (lib/corpus/input-schema.ts). One value per
 * field, for the import request, the aligner's request and storage alike.
 */
export const FIELD_LIMITS = {
  comparisonTitle: 200,
  comparisonDescription: 1_000,
  documentTitle: 300,
  outlet: 200,
  url: 2_000,
  author: 200,
  authors: 50,
  topicLabel: 120,
  topicDescription: 2_000,
  keyword: 80,
  keywords: 40,
} as const;

/** The compute worker (lib/compute): a wall-clock budget per job and a heap ceiling for the worker. */
export const COMPUTE_LIMITS = {
  /** Milliseconds a job may run once it starts; beyond, the worker is stopped and the job answers 422. */
  budgetMs: { extract: 10_000, align: 45_000, cues: 45_000 },
  /** The worker's V8 old-generation ceiling; beyond, it is stopped and the job answers 413. */
  heapMb: 1_024,
  /** Estimated milliseconds of work queued before new jobs get 429 (about a minute of waiting at most). */
  maxQueuedCost: 60_000,
} as const;
