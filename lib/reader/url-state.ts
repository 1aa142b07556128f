/** The reader's shareable state lives in the URL: `?view=topics&topics=un-votes,hamas-visits&both=1&q=veto`. */

export type View = "topics" | "full" | "timeline";
const VIEWS: readonly View[] = ["topics", "full", "timeline"];

export interface ReaderState {
  view: View;
  /** Selected topic ids, in the comparison's topic order; empty means all topics. */
  topics: string[];
  /** Only topics that every side covers. */
  both: boolean;
  q: string;
  /** Phones, full text: which side is shown (a top-level document id); null for the first. */
  side: string | null;
  /** Full text: only passages no shared fact links to the other side. */
  only: boolean;
  /** Language cues marked in the text, with the legend and the chart. */
  cues: boolean;
}

export const DEFAULT_STATE: ReaderState = {
  view: "topics",
  topics: [],
  both: false,
  q: "",
  side: null,
  only: false,
  cues: false,
};
const MAX_QUERY = 200;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: ParamSource, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Unknown topic ids and bad values are dropped, so any link opens a valid view. */
export function parseReaderState(
  params: ParamSource,
  topicIds: readonly string[],
  sideIds: readonly string[] = [],
): ReaderState {
  const wanted = new Set((read(params, "topics") ?? "").split(",").map((t) => t.trim()));
  const side = read(params, "side") ?? null;
  return {
    view: VIEWS.find((v) => v === read(params, "view")) ?? "topics",
    topics: topicIds.filter((id) => wanted.has(id)),
    both: read(params, "both") === "1",
    q: (read(params, "q") ?? "").trim().slice(0, MAX_QUERY),
    side: side && sideIds.includes(side) ? side : null,
    only: read(params, "only") === "1",
    cues: read(params, "cues") === "1",
  };
}

/** The query string for a state, defaults omitted, in a stable order (so equal views share one URL). */
export function serializeReaderState(state: ReaderState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set("view", state.view);
  if (state.topics.length > 0) params.set("topics", state.topics.join(","));
  if (state.both) params.set("both", "1");
  if (state.q) params.set("q", state.q);
  if (state.side) params.set("side", state.side);
  if (state.only) params.set("only", "1");
  if (state.cues) params.set("cues", "1");
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `?${query}` : "";
}

/**
 * The passage a link's fragment names (`#news-p4`), or null. A malformed percent-escape (`#%E0%A4%A`)
 * is no passage rather than an error: a shared link must never break the page, on every reload.
 */
export function passageIdFromHash(hash: string): string | null {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw) || null;
  } catch {
    return null;
  }
}
