"use client";

import { useEffect, useRef, useState } from "react";
import { EMPTY_FEED, type FeedState, keepRoster, mergePage } from "@/lib/classroom/answers-feed";
import { type AnswersPage, classJson, classUrl } from "./class-api";

/** Pages fetched in a row before yielding to the next poll (a big class catches up over a few polls). */
const PAGES_PER_UPDATE = 5;

/**
 * The answers' texts, fetched after a cursor whenever the dashboard's version moves: each request
 * brings only what is new, a page at a time. The merging is lib/classroom/answers-feed.ts.
 */
export function useAnswersFeed(
  classId: string,
  token: string,
  version: number,
  studentIds: ReadonlySet<string>,
): { feed: FeedState; error: Error | null } {
  const [feed, setFeed] = useState<FeedState>(EMPTY_FEED);
  const [error, setError] = useState<Error | null>(null);
  const state = useRef(feed);
  const running = useRef(false);
  const [more, setMore] = useState(0);
  const latest = useRef(version);
  latest.current = version;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` and `more` are the triggers.
  useEffect(() => {
    if (running.current) return;
    running.current = true;
    const started = latest.current;
    (async () => {
      let next = state.current;
      let left = false;
      for (let page = 0; page < PAGES_PER_UPDATE; page++) {
        const query = next.cursor ? `?after=${encodeURIComponent(next.cursor)}` : "";
        const got = await classJson<AnswersPage>(classUrl(classId, `/answers${query}`), { token });
        next = mergePage(next, got);
        left = got.more;
        if (!got.more) break;
      }
      state.current = next;
      setFeed(next);
      setError(null);
      if (left) setMore((n) => n + 1);
    })()
      .catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => {
        running.current = false;
        // The version moved while this ran: ask again for what came meanwhile.
        if (latest.current !== started) setMore((n) => n + 1);
      });
  }, [classId, token, version, more]);

  const kept = keepRoster(feed, studentIds);
  return { feed: kept, error };
}
