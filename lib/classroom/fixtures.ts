/** A small comparison with a framing lens, for unit tests of class activities. */
import { fixtureDocument } from "../corpus/fixtures";
import type { TopicCompare } from "../corpus/framing-schema";
import type { Comparison } from "../corpus/schema";

function compare(framing: TopicCompare["framing"], extra: Partial<TopicCompare> = {}): TopicCompare {
  return { bothReport: [], onlyIn: [], cited: [], framing, ...extra };
}

function lens(source: string, dimensions: TopicCompare["framing"][number]["frames"][number]["dimension"][]) {
  return {
    source,
    frames: dimensions.map((dimension) => ({ dimension, reason: "Fixture." })),
    voice: "mixed" as const,
    voiceNote: "Fixture.",
    passages: [`${source === "comments" ? "comment-1" : source}-p1`],
  };
}

/**
 * Sides "news" and "op" (the opinion piece, with one comment). Passages: news-p1 un-votes, news-p2 iran,
 * news-p3 none; op-p1 un-votes, op-p2 un-votes + iran; comment-1-p1 iran.
 */
export function fixtureComparison(withFraming = true): Comparison {
  return {
    slug: "fixture",
    origin: withFraming ? "seed" : "import",
    title: "Fixture",
    description: "",
    milestones: [],
    topics: [
      { id: "un-votes", label: "The UN", description: "Votes.", summaries: {} },
      { id: "iran", label: "Iran", description: "Iran.", summaries: {} },
    ],
    documents: [
      fixtureDocument("news", "news", [{ topics: ["un-votes"] }, { topics: ["iran"] }, {}]),
      fixtureDocument("op", "opinion", [{ topics: ["un-votes"] }, { topics: ["un-votes", "iran"] }]),
      fixtureDocument("comment-1", "comment", [{ topics: ["iran"] }]),
    ],
    framing: withFraming
      ? {
          compare: {
            "un-votes": compare(
              [lens("news", ["legality"]), lens("op", ["political", "external-regulation-reputation"])],
              {
                onlyIn: [{ source: "op", text: "Only here.", passages: ["op-p1"] }],
              },
            ),
            iran: compare([lens("news", ["security-defense"]), lens("comments", ["security-defense"])], {
              cited: [
                {
                  source: "news",
                  name: "A",
                  role: "analyst",
                  kind: "person",
                  use: "quoted",
                  passages: ["news-p2"],
                },
              ],
            }),
          },
          timeline: [],
          claims: [
            {
              id: "vote-2016",
              topic: "un-votes",
              source: "op",
              claim: "The piece says Russia voted for a resolution in 2016.",
              passages: ["op-p1"],
              prompts: {
                who: "Who runs the outlet?",
                evidence: "What record shows the vote?",
                otherSources: "What do UN records say?",
              },
            },
          ],
        }
      : null,
  };
}
