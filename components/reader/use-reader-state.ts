"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { parseReaderState, type ReaderState, serializeReaderState } from "@/lib/reader/url-state";

/**
 * The reader's state is the URL. A change applies to local state at once (no flicker, no waiting for a
 * router transition) and is written to the URL with the History API, which Next.js keeps in sync with
 * `useSearchParams`; when the URL changes from outside (back/forward), the state follows it.
 */
export function useReaderState(topicIds: readonly string[], sideIds: readonly string[]) {
  const params = useSearchParams();
  const pathname = usePathname();
  const fromUrl = useMemo(() => parseReaderState(params, topicIds, sideIds), [params, topicIds, sideIds]);
  const [state, setState] = useState(fromUrl);
  const latest = useRef(state);
  /** Query strings this hook wrote and has not yet seen come back through `useSearchParams`. */
  const ownWrites = useRef<string[]>([]);

  useEffect(() => {
    const query = serializeReaderState(fromUrl);
    const own = ownWrites.current.indexOf(query);
    if (own >= 0) {
      ownWrites.current.splice(0, own + 1);
      return;
    }
    if (query !== serializeReaderState(latest.current)) {
      latest.current = fromUrl;
      setState(fromUrl);
    }
  }, [fromUrl]);

  const update = useCallback(
    (patch: Partial<ReaderState>, { replace = false, hash = "" } = {}) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setState(next);
      const query = serializeReaderState(next);
      ownWrites.current.push(query);
      const url = `${pathname}${query}${hash}`;
      // Write the URL once the new state is painted: Next.js re-renders its router on every history
      // change, and that work must not delay the reader's response to a click.
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (replace) window.history.replaceState(null, "", url);
          else window.history.pushState(null, "", url);
        }, 0),
      );
    },
    [pathname],
  );

  return [state, update] as const;
}
