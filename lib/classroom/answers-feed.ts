/**
 * The dashboard's answers as the browser keeps them: pages from GET …/answers merged in, one answer per
 * student and prompt (a later page's rewrite replaces the earlier text), students no longer in the
 * roster dropped. Pure and framework-free, so the hook that polls stays thin.
 */
export interface FeedEntry {
  studentId: string;
  student: string;
  promptId: string;
  text: string;
  updatedAt: string;
}

export interface FeedState {
  /** The cursor to ask after next ("" before the first page). */
  cursor: string;
  /** studentId|promptId → entry, in the order first received. */
  entries: ReadonlyMap<string, FeedEntry>;
}

export const EMPTY_FEED: FeedState = { cursor: "", entries: new Map() };

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
const keyOf = (e: Pick<FeedEntry, "studentId" | "promptId">) => `${e.studentId}|${e.promptId}`;

export function mergePage(
  state: FeedState,
  page: { answers: readonly FeedEntry[]; next: string },
): FeedState {
  if (page.answers.length === 0 && page.next === state.cursor) return state;
  const entries = new Map(state.entries);
  for (const a of page.answers) entries.set(keyOf(a), a);
  return { cursor: page.next, entries };
}

/** Drops the answers of students who were removed (the roster is the summary's, which is current). */
export function keepRoster(state: FeedState, studentIds: ReadonlySet<string>): FeedState {
  const gone = [...state.entries.values()].filter((e) => !studentIds.has(e.studentId));
  if (gone.length === 0) return state;
  const entries = new Map(state.entries);
  for (const e of gone) entries.delete(keyOf(e));
  return { ...state, entries };
}

/** promptId → its answers, students in name order ("Ana 2" before "Ana 10"), stable while the class writes. */
export function answersByPrompt(state: FeedState): Map<string, FeedEntry[]> {
  const byPrompt = new Map<string, FeedEntry[]>();
  for (const e of state.entries.values()) {
    const list = byPrompt.get(e.promptId) ?? [];
    list.push(e);
    byPrompt.set(e.promptId, list);
  }
  for (const list of byPrompt.values())
    list.sort((a, b) => byName.compare(a.student, b.student) || a.studentId.localeCompare(b.studentId));
  return byPrompt;
}

/** How many more to show at each "show more": never more than `step`, never past the end. */
export function nextShown(shown: number, total: number, step: number): number {
  return Math.min(total, Math.max(0, shown) + step);
}
