/** The create-activity request from the form's draft, and what stops it being sent. Pure. */
import { type LabelDraft, labelIdFor, type PromptDraft } from "./list-editors";

/** The API's cap on prompts sent with a request (LIMITS.prompts in lib/classroom/schema.ts). */
export const MAX_PROMPTS = 20;

interface Draft {
  slug: string;
  title: string;
  topics: string[];
  /** The prompts of the chosen topics, as shown. */
  prompts: PromptDraft[];
  promptsEdited: boolean;
  labels: LabelDraft[];
}

export function createRequest({ slug, title, topics, prompts, promptsEdited, labels }: Draft) {
  const taken = new Set(labels.flatMap((l) => l.id ?? []));
  return {
    comparison: slug,
    title: title.trim(),
    topics,
    // Untouched defaults are left to the server, which derives the same prompts for these topics.
    ...(promptsEdited
      ? {
          prompts: prompts.map(({ id, topic, text, context }) => ({ id, topic, text: text.trim(), context })),
        }
      : {}),
    labels: labels.map((l) => {
      const id = l.id ?? labelIdFor(l.label, taken);
      taken.add(id);
      return { id, label: l.label.trim(), description: l.description };
    }),
  };
}

export function draftProblem(d: {
  title: string;
  topics: string[];
  shown: PromptDraft[];
  promptsEdited: boolean;
  labels: LabelDraft[];
}): string | null {
  if (!d.title.trim()) return "Give the activity a title.";
  if (d.topics.length === 0) return "Choose at least one topic.";
  if (d.promptsEdited && d.shown.length > MAX_PROMPTS)
    return `Keep at most ${MAX_PROMPTS} prompts when you edit the list (there are ${d.shown.length}): remove some or choose fewer topics.`;
  if (d.shown.some((p) => !p.text.trim())) return "Fill in or remove the empty prompt.";
  if (d.labels.some((l) => !l.label.trim())) return "Give every label a name, or remove it.";
  return null;
}
