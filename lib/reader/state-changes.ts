import { visibleTopics } from "./filter-css";
import { type ReaderState, serializeReaderState } from "./url-state";

/**
 * What a reader's action does to the URL state, as pure functions: the client islands only call these
 * and write the result to the URL (components/reader/reader-store.ts).
 */

export interface StateChange {
  next: ReaderState;
  /** Push a history entry (back steps through it) or replace the current one (typing, phone side). */
  replace: boolean;
  /**
   * The server must render the change (another view); everything else is applied in the page at once by
   * a stylesheet or a highlight (search matches, language cues), with no network round trip.
   */
  server: boolean;
}

/** Fields only the server can render: a change to one of them is a navigation. */
const SERVER_FIELDS: readonly (keyof ReaderState)[] = ["view"];
/** Fields that change as a reader types or switches a phone column: no history entry each time. */
const REPLACE_FIELDS: readonly (keyof ReaderState)[] = ["q", "side"];

export function applyPatch(state: ReaderState, patch: Partial<ReaderState>): StateChange {
  const next = { ...state, ...patch };
  const changed = (Object.keys(patch) as (keyof ReaderState)[]).filter(
    (k) => JSON.stringify(state[k]) !== JSON.stringify(next[k]),
  );
  return {
    next,
    replace: changed.length > 0 && changed.every((k) => REPLACE_FIELDS.includes(k)),
    server: changed.some((k) => SERVER_FIELDS.includes(k)),
  };
}

/** Leaving a view drops what only that view uses: "only here" and the phone column are the full text's. */
export function switchView(view: ReaderState["view"]): Partial<ReaderState> {
  return view === "full" ? { view } : { view, only: false, side: null };
}

export function readerHref(pathname: string, state: ReaderState, hash = ""): string {
  return `${pathname}${serializeReaderState(state)}${hash}`;
}

/**
 * The topic view's overview rows carry the comparison but not the passages (a light first page). A filter
 * or a search that shows such a row asks the server for its passages: the stylesheet applies at once, the
 * passages follow one round trip later.
 */
export function needsRows(
  state: ReaderState,
  visible: readonly string[],
  isOverview: (topicId: string) => boolean,
): boolean {
  if (state.view !== "topics") return false;
  const wanted = state.q.length >= 2 ? visible : state.topics.filter((t) => visible.includes(t));
  return wanted.some(isOverview);
}

/** Which rows the server renders whole (every passage) rather than as an overview (the comparison only). */
export function completeRow(state: ReaderState, topicId: string): boolean {
  return state.q.length >= 2 || state.topics.includes(topicId);
}

export interface UpdatePlan extends StateChange {
  /** Ask the server (a navigation) rather than only writing the history entry. */
  navigate: boolean;
  /** How long to wait after the paint, ms: typing waits for a pause, a click goes at once. */
  delay: number;
}

/**
 * What the reader's store does with a change, shown in the page at once either way: the server renders
 * another view, cue marks a browser without CSS highlights cannot paint, and overview rows' passages.
 * Typing asks the server once the reader pauses (400 ms), and writes the history entry after 250 ms.
 */
export function planUpdate(
  now: ReaderState,
  patch: Partial<ReaderState>,
  page: {
    allTopics: readonly string[];
    sharedTopics: readonly string[];
    canPaintCues: boolean;
    isOverview: (topicId: string) => boolean;
  },
): UpdatePlan {
  const change = applyPatch(now, patch);
  const { next } = change;
  const visible = visibleTopics({ ...page, selected: next.topics, both: next.both });
  const navigate =
    change.server ||
    (next.cues !== now.cues && !page.canPaintCues) ||
    needsRows(next, visible, page.isOverview);
  const typing = next.q !== now.q;
  return { ...change, navigate, delay: typing ? (navigate ? 400 : 250) : 0 };
}
