/** A small import and the `Comparison` it must come back as: shared by the storage tests. */
import { emptyDocument } from "../corpus/ingest/types";
import type { NewComparison } from "../corpus/input-schema";
import type { Comparison } from "../corpus/schema";

export const sampleImport: NewComparison = {
  title: "Israel and Russia: two readings",
  description: "A report, a column and a reader's comment.",
  documents: [
    {
      id: "doc-1",
      kind: "news",
      title: "Israel walks a fine line with Moscow",
      outlet: "Example Times",
      url: "https://example.com/news/israel-russia",
      authors: ["Ana Writer", "Ben Reporter"],
      publishedAt: "2024-03-01",
      passages: [
        { id: "doc-1-p1", type: "heading", text: "Caution", topics: [] },
        // Kept byte for byte: the double space, the curly quotes, the typo.
        {
          id: "doc-1-p2",
          type: "paragraph",
          text: "Israel  coordinates with “Russia” over Syira.",
          topics: ["syria", "un"],
        },
      ],
    },
    {
      id: "doc-2",
      kind: "opinion",
      title: "Moscow, Israel's protector?",
      outlet: "Example Blog",
      url: null,
      publishedAt: null,
      passages: [
        { id: "doc-2-p1", type: "paragraph", text: "Russia could shield Israel at the UN.", topics: ["un"] },
        { id: "doc-2-p2", type: "quote", text: "  A vote is a vote.  ", topics: [] },
      ],
    },
    {
      id: "doc-3",
      kind: "comment",
      title: "Reply",
      outlet: "Example Blog",
      url: null,
      authors: [],
      publishedAt: "2024-04-02",
      passages: [
        { id: "doc-3-p1", type: "paragraph", text: "Not so: see the 2016 vote.", topics: ["un", "syria"] },
      ],
    },
  ],
  topics: [
    { id: "syria", label: "Syria", description: "Strikes and the coordination mechanism." },
    { id: "un", label: "UN votes" },
  ],
  links: [
    { source: "doc-1-p2", target: "doc-2-p1", score: 0.82 },
    { source: "doc-3-p1", target: "doc-1-p2", score: 0.5 },
    { source: "doc-2-p2", target: "doc-3-p1", score: 1 },
  ],
};

/** The aligner's suggestions for two of the sample's passages: kept for the owner's editor only. */
export const sampleSuggestions = {
  "doc-1-p2": [
    { id: "doc-2-p1", score: 0.82 },
    { id: "doc-2-p2", score: 0.25 },
    { id: "doc-3-p1", score: 0.5 },
  ],
  "doc-2-p1": [{ id: "doc-1-p2", score: 0.82 }],
} as const satisfies Record<string, { id: string; score: number }[]>;

/** The sample with those suggestions on its passages, as an import saved by the server carries them. */
export const suggestedImport: NewComparison = {
  ...sampleImport,
  documents: sampleImport.documents.map((d) => ({
    ...d,
    passages: d.passages.map((p) => {
      const candidates = sampleSuggestions[p.id as keyof typeof sampleSuggestions];
      return candidates ? { ...p, candidates: [...candidates] } : p;
    }),
  })),
};

export function expectedComparison(slug: string): Comparison {
  return {
    slug,
    origin: "import",
    title: "Israel and Russia: two readings",
    description: "A report, a column and a reader's comment.",
    milestones: [],
    topics: [
      { id: "syria", label: "Syria", description: "Strikes and the coordination mechanism.", summaries: {} },
      // No description given.
      { id: "un", label: "UN votes", description: "", summaries: {} },
    ],
    documents: [
      emptyDocument({
        id: "doc-1",
        kind: "news",
        title: "Israel walks a fine line with Moscow",
        outlet: "Example Times",
        url: "https://example.com/news/israel-russia",
        authors: ["Ana Writer", "Ben Reporter"],
        publishedAt: "2024-03-01",
        passages: [
          { id: "doc-1-p1", type: "heading", text: "Caution", topics: [], counterparts: [] },
          {
            id: "doc-1-p2",
            type: "paragraph",
            text: "Israel  coordinates with “Russia” over Syira.",
            topics: ["syria", "un"],
            counterparts: [
              { id: "doc-2-p1", score: 0.82 },
              { id: "doc-3-p1", score: 0.5 },
            ],
          },
        ],
      }),
      emptyDocument({
        id: "doc-2",
        kind: "opinion",
        title: "Moscow, Israel's protector?",
        outlet: "Example Blog",
        url: null,
        authors: [],
        publishedAt: null,
        passages: [
          {
            id: "doc-2-p1",
            type: "paragraph",
            text: "Russia could shield Israel at the UN.",
            topics: ["un"],
            counterparts: [{ id: "doc-1-p2", score: 0.82 }],
          },
          {
            id: "doc-2-p2",
            type: "quote",
            text: "  A vote is a vote.  ",
            topics: [],
            counterparts: [{ id: "doc-3-p1", score: 1 }],
          },
        ],
      }),
      emptyDocument({
        id: "doc-3",
        kind: "comment",
        title: "Reply",
        outlet: "Example Blog",
        url: null,
        authors: [],
        publishedAt: "2024-04-02",
        passages: [
          {
            id: "doc-3-p1",
            type: "paragraph",
            text: "Not so: see the 2016 vote.",
            topics: ["un", "syria"],
            counterparts: [
              { id: "doc-1-p2", score: 0.5 },
              { id: "doc-2-p2", score: 1 },
            ],
          },
        ],
      }),
    ],
    framing: null,
  };
}
