/**
 * The create-activity request from the setup form's draft, and what stops it being sent. Pure and
 * framework-free (the form only wires it); the caps are the API's own (input-limits.ts).
 */
import { LIMITS } from "./input-limits";
import type { CreateClassRequest } from "./schema";

/** The most prompts one activity may carry: the API's cap. */
export const MAX_PROMPTS = LIMITS.prompts;

export interface PromptDraft {
  key: string;
  id?: string;
  topic: string | null;
  text: string;
  context?: string;
}

export interface LabelDraft {
  key: string;
  /** Kept for the defaults (stable ids); new labels get one from their name on submit. */
  id?: string;
  label: string;
  description: string;
}

export interface ActivityDraft {
  slug: string;
  title: string;
  /** Every topic for the whole texts (the prompts follow them), else the topics ticked. */
  topics: string[];
  /** Students see every passage, whatever its topic. */
  wholeTexts: boolean;
  /** The prompts of the chosen topics, as shown. */
  prompts: PromptDraft[];
  promptsEdited: boolean;
  labels: LabelDraft[];
}

/** "Loaded words!" → "loaded-words", unique among `taken`. */
export function labelIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize("NFKD")
      // Accents go with their letter ("Ça" → "ca", not "c-a").
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "label";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function createRequest({
  slug,
  title,
  topics,
  wholeTexts,
  prompts,
  promptsEdited,
  labels,
}: ActivityDraft): CreateClassRequest {
  const taken = new Set(labels.flatMap((l) => l.id ?? []));
  return {
    comparison: slug,
    title: title.trim(),
    ...(wholeTexts ? { wholeTexts: true } : { topics }),
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

/** Why the draft cannot be sent yet (the first problem, as the form says it), or null. */
export function draftProblem(d: {
  title: string;
  topics: string[];
  /** How many passages students would see. */
  passages: number;
  shown: PromptDraft[];
  promptsEdited: boolean;
  labels: LabelDraft[];
}): string | null {
  if (!d.title.trim()) return "Give the activity a title.";
  if (d.topics.length === 0) return "Tick at least one topic, or give students the whole texts.";
  if (d.passages === 0)
    return "No passage is on the topics ticked: tick others, or give students the whole texts.";
  if (d.promptsEdited && d.shown.length > MAX_PROMPTS)
    return `Keep at most ${MAX_PROMPTS} prompts when you edit the list (there are ${d.shown.length}): remove some or choose fewer topics.`;
  if (d.shown.some((p) => !p.text.trim())) return "Fill in or remove the empty prompt.";
  if (d.labels.some((l) => !l.label.trim())) return "Give every label a name, or remove it.";
  return null;
}
