/**
 * Drafts: what a student has typed but not yet saved (answers, and a tag's label and note), kept in the
 * browser as they type so a reload or a closed tab loses nothing. One entry per class and student, so
 * another class's or another seat's drafts never show. Storage may be full, blocked or hold garbage:
 * every operation still works in memory and says whether the draft was kept. Framework-free.
 */

export interface TagDraft {
  label: string;
  note: string;
}

export interface Drafts {
  answers: Record<string, string>;
  tags: Record<string, TagDraft>;
}

/** The part of the Web Storage API used (localStorage in the browser; a map in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** kept: stored in the browser; memory: storage refused it (full or blocked), kept for this page only. */
export type DraftSave = "kept" | "memory";

export const draftKey = (classId: string, studentId: string) =>
  `parallax:class:${classId}:drafts:${studentId}`;

/** Longer than any field accepts (answers 2,000, notes 1,000): a draft is never what breaks storage. */
const MAX_DRAFT = 4_000;

const empty = (): Drafts => ({ answers: {}, tags: {} });
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Whatever was stored, keeping only well-formed entries. */
export function parseDrafts(text: string | null): Drafts {
  let raw: unknown;
  try {
    raw = JSON.parse(text ?? "null");
  } catch {
    return empty();
  }
  const drafts = empty();
  if (!isRecord(raw)) return drafts;
  if (isRecord(raw.answers))
    for (const [id, value] of Object.entries(raw.answers))
      if (typeof value === "string") drafts.answers[id] = value.slice(0, MAX_DRAFT);
  if (isRecord(raw.tags))
    for (const [id, value] of Object.entries(raw.tags))
      if (isRecord(value) && typeof value.label === "string" && typeof value.note === "string")
        drafts.tags[id] = { label: value.label.slice(0, 200), note: value.note.slice(0, MAX_DRAFT) };
  return drafts;
}

export interface DraftStore {
  answer(promptId: string): string | undefined;
  tag(passageId: string): TagDraft | undefined;
  setAnswer(promptId: string, text: string): DraftSave;
  setTag(passageId: string, draft: TagDraft): DraftSave;
  /** After the write is queued in the outbox (which keeps it from then on). */
  clearAnswer(promptId: string): DraftSave;
  clearTag(passageId: string): DraftSave;
}

export function createDraftStore(
  storage: DraftStorage | null,
  classId: string,
  studentId: string,
): DraftStore {
  const key = draftKey(classId, studentId);
  let drafts: Drafts;
  try {
    drafts = parseDrafts(storage?.getItem(key) ?? null);
  } catch {
    drafts = empty(); // Storage blocked on read (a privacy setting).
  }

  function persist(): DraftSave {
    if (!storage) return "memory";
    try {
      if (Object.keys(drafts.answers).length + Object.keys(drafts.tags).length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(drafts));
      return "kept";
    } catch {
      return "memory"; // QuotaExceededError or SecurityError: keep it in memory.
    }
  }

  return {
    answer: (promptId) => drafts.answers[promptId],
    tag: (passageId) => drafts.tags[passageId],
    setAnswer(promptId, text) {
      drafts = { ...drafts, answers: { ...drafts.answers, [promptId]: text.slice(0, MAX_DRAFT) } };
      return persist();
    },
    setTag(passageId, draft) {
      const kept = { label: draft.label.slice(0, 200), note: draft.note.slice(0, MAX_DRAFT) };
      drafts = { ...drafts, tags: { ...drafts.tags, [passageId]: kept } };
      return persist();
    },
    clearAnswer(promptId) {
      const { [promptId]: _, ...answers } = drafts.answers;
      drafts = { ...drafts, answers };
      return persist();
    },
    clearTag(passageId) {
      const { [passageId]: _, ...tags } = drafts.tags;
      drafts = { ...drafts, tags };
      return persist();
    },
  };
}
