/**
 * Zod schemas for class-activity input, one per request shape, shared by the API and the tests. Every
 * string is length-limited and free text is NFC-normalised; server-side only (zod stays off the client).
 */
import { z } from "zod";
import { inputIdSchema } from "../corpus/id-schema";
import { joinCodeSchema, resumeCodeSchema } from "../security/codes";
import { secretSchema } from "../security/secrets";
import { refuseWhen, visibleLineProblem, visibleTextProblem } from "../security/text";
import { MAX_STUDENTS_LIMIT } from "./caps";
import { LIMITS } from "./input-limits";

export { LIMITS };

/** One line of text: trimmed, inner whitespace collapsed, nothing invisible or blank-looking. */
function line(max: number) {
  return z
    .string()
    .max(max * 4)
    .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, "must not be empty").max(max).superRefine(refuseWhen(visibleLineProblem)));
}

/** Multi-line free text: trimmed, newlines kept (CRLF → LF), invisible characters refused. */
function text(max: number, min = 1) {
  return z
    .string()
    .max(max * 4)
    .transform((s) => s.normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(min, "must not be empty").max(max).superRefine(refuseWhen(visibleTextProblem)));
}

/** Comparison, topic, passage, label and prompt ids: one format and length (lib/corpus/ids.ts). */
const shortId = inputIdSchema;

/** A client-generated idempotency key: a UUID or any 8–64 URL-safe characters (a UUID fits the pattern). */
export const clientIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8-64 characters A-Z a-z 0-9 _ -");

export const labelSchema = z.strictObject({
  id: shortId,
  label: line(LIMITS.label),
  description: text(LIMITS.labelDescription, 0).optional(),
});

export const promptInputSchema = z.strictObject({
  id: shortId.optional(),
  topic: shortId.nullable().optional(),
  text: text(LIMITS.promptText),
  context: text(LIMITS.promptText, 0).optional(),
});

/** True when the keys present (undefined ones skipped) are all different. */
function uniqueBy<T>(key: (item: T) => string | undefined) {
  return (items: T[]) => {
    const keys = items.flatMap((item) => key(item) ?? []);
    return new Set(keys).size === keys.length;
  };
}

export const createClassSchema = z.strictObject({
  comparison: shortId,
  title: line(LIMITS.title),
  topics: z.array(shortId).max(LIMITS.topics).optional(),
  /** Students see every passage, whatever its topic (then leave `topics` out). */
  wholeTexts: z.boolean().optional(),
  prompts: z
    .array(promptInputSchema)
    .max(LIMITS.prompts)
    .refine(
      uniqueBy((p: { id?: string }) => p.id),
      "prompt ids must be unique",
    )
    .optional(),
  labels: z
    .array(labelSchema)
    .min(1)
    .max(LIMITS.labels)
    .refine(
      uniqueBy((l: { id: string }) => l.id),
      "label ids must be unique",
    )
    .optional(),
});

/** Seats one browser may hold for the server to recognise (see joinClass); more are ignored. */
export const MAX_HELD_SEATS = 20;

/**
 * A new seat: joinCode and name, plus the student tokens this browser already holds (one of them may
 * be a seat of this class: then it comes back). Another device: joinCode and resumeCode, no name.
 */
export const joinSchema = z
  .strictObject({
    joinCode: joinCodeSchema,
    name: line(LIMITS.name).optional(),
    resumeCode: resumeCodeSchema.optional(),
    studentTokens: z.array(secretSchema).max(MAX_HELD_SEATS).optional(),
  })
  .refine((j) => j.name !== undefined || j.resumeCode !== undefined, {
    message: "send a name, or a resumeCode to take a seat back",
    path: ["name"],
  });

export const responseSchema = z.strictObject({
  passageId: shortId,
  label: shortId,
  note: text(LIMITS.note, 0).optional(),
  clientId: clientIdSchema,
});

export const answerSchema = z.strictObject({
  promptId: shortId,
  text: text(LIMITS.answer),
  clientId: clientIdSchema,
});

export const classSettingsSchema = z
  .strictObject({
    open: z.boolean().optional(),
    maxStudents: z.number().int().min(1).max(MAX_STUDENTS_LIMIT).optional(),
  })
  .refine((s) => s.open !== undefined || s.maxStudents !== undefined, "send open, maxStudents or both");

export type CreateClassInput = z.infer<typeof createClassSchema>;
/** What a client sends to create an activity (before the schema's trimming and defaults). */
export type CreateClassRequest = z.input<typeof createClassSchema>;
export type JoinInput = z.infer<typeof joinSchema>;
export type ResponseInput = z.infer<typeof responseSchema>;
export type AnswerInput = z.infer<typeof answerSchema>;
export type ClassSettingsInput = z.infer<typeof classSettingsSchema>;
