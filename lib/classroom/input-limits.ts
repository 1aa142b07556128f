/**
 * The lengths and counts the class-activity API accepts (schema.ts enforces them). Zod-free, so the
 * browser's forms import the same numbers without bundling zod.
 */
export const LIMITS = {
  title: 120,
  topics: 30,
  prompts: 20,
  promptText: 500,
  labels: 24,
  label: 60,
  labelDescription: 200,
  name: 60,
  note: 1000,
  answer: 2000,
} as const;
