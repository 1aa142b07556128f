/** Turns a validated create-class request into the activity's settings, checked against its comparison. */
import type { Comparison } from "../corpus/schema";
import { type ActivityLabel, defaultLabels } from "./labels";
import { type ActivityPrompt, defaultPrompts } from "./prompts";
import type { CreateClassInput } from "./schema";

export interface ActivitySetup {
  comparison: string;
  title: string;
  /**
   * The topics whose passages students see; every topic of the comparison when the teacher chose none.
   * Empty: the whole texts, every passage whatever its topic (`wholeTexts` in the request).
   */
  topics: string[];
  prompts: ActivityPrompt[];
  labels: ActivityLabel[];
}

export type SetupResult = { ok: true; setup: ActivitySetup } | { ok: false; errors: string[] };

/**
 * Fills in defaults (topics, prompts from the framing lens, labels) and reports every reference the
 * comparison does not know (→ 400). Prompts sent without an id get `custom-<n>`, stable in send order.
 */
export function resolveActivity(comparison: Comparison, input: CreateClassInput): SetupResult {
  const known = new Set(comparison.topics.map((t) => t.id));
  const errors: string[] = [];
  if (input.comparison !== comparison.slug) errors.push(`comparison: expected ${comparison.slug}`);
  const whole = input.wholeTexts === true;
  if (whole && input.topics && input.topics.length > 0) errors.push("topics: leave them out with wholeTexts");
  // A comparison with no topics has only its whole texts to give.
  const topics = whole
    ? []
    : input.topics && input.topics.length > 0
      ? [...new Set(input.topics)]
      : [...known];
  for (const t of topics) if (!known.has(t)) errors.push(`topics: unknown topic "${t}"`);
  if (topics.length > 0 && errors.length === 0 && !onAnyPassage(comparison, topics))
    errors.push("topics: no passage is on these topics (send wholeTexts for every passage)");

  const prompts: ActivityPrompt[] = input.prompts
    ? input.prompts.map((p, i) => ({
        id: p.id ?? `custom-${i + 1}`,
        topic: p.topic ?? null,
        text: p.text,
        ...(p.context ? { context: p.context } : {}),
      }))
    : defaultPrompts(comparison, topics);
  if (new Set(prompts.map((p) => p.id)).size !== prompts.length) errors.push("prompts: ids must be unique");
  for (const p of prompts) {
    if (p.topic !== null && !known.has(p.topic)) errors.push(`prompts: unknown topic "${p.topic}"`);
  }

  const labels = input.labels
    ? input.labels.map((l) => ({ id: l.id, label: l.label, description: l.description ?? "" }))
    : defaultLabels(comparison);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, setup: { comparison: comparison.slug, title: input.title, topics, prompts, labels } };
}

function onAnyPassage(comparison: Pick<Comparison, "documents">, topics: readonly string[]): boolean {
  return comparison.documents.some((d) => d.passages.some((p) => p.topics.some((t) => topics.includes(t))));
}

/** Every passage id of the comparison, for checking responses in O(1). Build once per comparison. */
export function passageIdsOf(comparison: Pick<Comparison, "documents">): Set<string> {
  return new Set(comparison.documents.flatMap((d) => d.passages.map((p) => p.id)));
}

/**
 * Why a response cannot be stored (→ 400), or null when its passage and label exist. The API checks the
 * activity is open separately, so a closed activity gets its own clear refusal (409).
 */
export function responseTargetError(
  passageIds: ReadonlySet<string>,
  labels: readonly Pick<ActivityLabel, "id">[],
  response: { passageId: string; label: string },
): string | null {
  if (!passageIds.has(response.passageId)) return `unknown passage "${response.passageId}"`;
  if (!labels.some((l) => l.id === response.label)) return `unknown label "${response.label}"`;
  return null;
}

/** As responseTargetError, for prompt answers. */
export function answerTargetError(
  prompts: readonly Pick<ActivityPrompt, "id">[],
  promptId: string,
): string | null {
  return prompts.some((p) => p.id === promptId) ? null : `unknown prompt "${promptId}"`;
}
