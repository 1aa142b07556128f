import { z } from "zod";
import { HEDGE_WORDS } from "./editorial-checks";
import { FRAME_IDS } from "./frames";
import { idSchema } from "./id-schema";

/** Editorial framing data (the "framing lens"): every item cites the passage ids it rests on. */

const passageRefs = z.array(idSchema).min(1, "cite at least one passage");
/** A summary source: a top-level document id ("news", "opinion") or "comments". */
const sourceKey = z.string().min(1);

export const sharedFactSchema = z.strictObject({
  /** The fact, stated neutrally once. */
  fact: z.string().min(1),
  /** side id (a top-level document id) → the passages on that side that carry the fact. */
  passages: z.record(idSchema, passageRefs),
});

export const onlyInSchema = z.strictObject({
  source: sourceKey,
  text: z.string().min(1),
  passages: passageRefs,
});

export const citedSchema = z.strictObject({
  source: sourceKey,
  name: z.string().min(1),
  /** "former American diplomat at the Carnegie Endowment", "Gulf-based newspaper", … */
  role: z.string().min(1),
  kind: z.enum(["person", "official", "publication", "organization", "unnamed"]),
  /** quoted: their words in quotation marks; paraphrased: reported speech; cited: named as a source of information. */
  use: z.enum(["quoted", "paraphrased", "cited"]),
  passages: passageRefs,
});

export const framingSchema = z.strictObject({
  source: sourceKey,
  frames: z.array(z.strictObject({ dimension: z.enum(FRAME_IDS), reason: z.string().min(1) })).min(1),
  /** Whether its statements on the topic are the writer's own (asserted) or others' (attributed). */
  voice: z.enum(["asserted", "attributed", "mixed"]),
  voiceNote: z.string().min(1),
  passages: passageRefs,
});

export const topicCompareSchema = z.strictObject({
  bothReport: z.array(sharedFactSchema),
  onlyIn: z.array(onlyInSchema),
  cited: z.array(citedSchema),
  framing: z.array(framingSchema).min(1),
});

export const compareFileSchema = z.strictObject({ topics: z.record(idSchema, topicCompareSchema) });

export const timelineEventSchema = z.strictObject({
  id: idSchema,
  /** "2016-12", "2020-12", "2023-10-07": as precise as the texts allow, and no more. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
  /** "early", "late", "about": the texts' own vagueness ("In late October"). */
  qualifier: z.enum(["early", "mid", "late", "about"]).optional(),
  label: z.string().min(1),
  /** "editors" when the texts mention the event but not its date, and the date comes from the record. */
  datedBy: z.enum(["text", "editors"]).default("text"),
  /** The words in its passages that date it ("In late October", "Just last Friday"): required unless dated by the editors. */
  dateWords: z.string().min(1).optional(),
  topics: z.array(idSchema),
  passages: passageRefs,
});
export const timelineFileSchema = z.strictObject({ events: z.array(timelineEventSchema) });

export const claimSchema = z.strictObject({
  id: idSchema,
  topic: idSchema,
  source: sourceKey,
  /** The claim as the text makes it, restated neutrally ("The piece says that…"). */
  claim: z.string().min(1),
  passages: passageRefs,
  /** Lateral-reading prompts (SIFT): who is behind it, what is the evidence, what do other sources say. */
  prompts: z.strictObject({
    who: z.string().min(1),
    evidence: z.string().min(1),
    otherSources: z.string().min(1),
  }),
  /**
   * Why the claim leaves out a hedge word its passages use ("allegedly", "reportedly", …), e.g. because
   * the hedge qualifies a sentence the claim does not restate. Without a note, the hedge must be kept.
   */
  hedgeNotes: z.partialRecord(z.enum(HEDGE_WORDS), z.string().min(1)).optional(),
});
export const claimsFileSchema = z.strictObject({ claims: z.array(claimSchema) });

export type SharedFact = z.infer<typeof sharedFactSchema>;
export type TopicCompare = z.infer<typeof topicCompareSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema> & { precision: "day" | "month" | "year" };
export type Claim = z.infer<typeof claimSchema>;

export interface Framing {
  compare: Record<string, TopicCompare>;
  timeline: TimelineEvent[];
  claims: Claim[];
}
