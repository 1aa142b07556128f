/** Discussion prompts for an activity, drawn from the framing lens. */
import type { Comparison } from "../corpus/schema";
import type { ActivityPrompt } from "../db/class-schema";

/** Stored with the activity (lib/db owns the stored shape; lib/db must not import lib/classroom). */
export type { ActivityPrompt } from "../db/class-schema";

/** For comparisons without a framing lens (imports): neutral lateral-reading prompts about both texts. */
export const GENERIC_PROMPTS: readonly ActivityPrompt[] = [
  { id: "generic-left-out", topic: null, text: "What does each text report that the other leaves out?" },
  { id: "generic-quoted", topic: null, text: "Who is quoted on each side, and who is not?" },
  {
    id: "generic-who-behind",
    topic: null,
    text: "Who is behind each text? What can you find out about the outlet and the writer from other sources?",
  },
  {
    id: "generic-evidence",
    topic: null,
    text: "Pick one claim in either text. What evidence does the text give for it, and where could you check it?",
  },
  {
    id: "generic-words",
    topic: null,
    text: "Which words in each text show the writer's view of the events?",
  },
];

/** A class answers a handful of prompts, not a hundred; equal to the API's limit (`LIMITS.prompts`). */
export const MAX_DEFAULT_PROMPTS = 20;

const SIFT_STEPS = [
  ["who", "Investigate the source"],
  ["evidence", "Trace the claim"],
  ["otherSources", "Find better coverage"],
] as const;
const SIFT_IDS = { who: "who", evidence: "evidence", otherSources: "other-sources" } as const;

/**
 * Default prompts for the chosen topics (all topics when none are given), in the comparison's topic order.
 * With a framing lens: for each claim to trace on a topic, its three SIFT prompts (context: the claim),
 * then, where the lens lists what only one side reports or whom each cites, one prompt on each.
 * Taken round robin across topics and capped at `max`; filtering the uncapped list by topic and then
 * capping gives the same prompts as asking for those topics. Without a framing lens: GENERIC_PROMPTS.
 */
export function defaultPrompts(
  comparison: Pick<Comparison, "framing" | "topics">,
  topicIds?: readonly string[],
  max = MAX_DEFAULT_PROMPTS,
): ActivityPrompt[] {
  const framing = comparison.framing;
  if (!framing) return GENERIC_PROMPTS.map((p) => ({ ...p }));
  const chosen = topicIds && topicIds.length > 0 ? new Set(topicIds) : null;
  // Per topic, groups that stay together: a claim's three SIFT prompts, or one topic prompt.
  const perTopic: ActivityPrompt[][][] = [];
  for (const topic of comparison.topics) {
    if (chosen && !chosen.has(topic.id)) continue;
    const groups: ActivityPrompt[][] = [];
    perTopic.push(groups);
    for (const claim of framing.claims.filter((c) => c.topic === topic.id)) {
      groups.push(
        SIFT_STEPS.map(([key, step]) => ({
          id: `claim-${claim.id}-${SIFT_IDS[key]}`,
          topic: topic.id,
          text: `${step}: ${claim.prompts[key]}`,
          context: claim.claim,
        })),
      );
    }
    const compare = framing.compare[topic.id];
    if (compare && compare.onlyIn.length > 0) {
      groups.push([
        {
          id: `topic-${topic.id}-left-out`,
          topic: topic.id,
          text: `On ${topic.label}: what does each text report that the other leaves out?`,
        },
      ]);
    }
    if (compare && compare.cited.length > 0) {
      groups.push([
        {
          id: `topic-${topic.id}-quoted`,
          topic: topic.id,
          text: `On ${topic.label}: who is quoted or cited on each side, and how are they described?`,
        },
      ]);
    }
  }
  return interleave(perTopic).flat().slice(0, max);
}

/** Round robin across topics (group by group), so a capped list still asks about every chosen topic. */
function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++)
    for (const l of lists) if (i < l.length) out.push(l[i] as T);
  return out;
}
