"use client";

import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True while the page is being printed. Collapsed content renders only when needed (a smaller page
 * for readers) yet every handout prints in full: the render is flushed before the browser lays out the print.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia("print");
    const sync = (on: boolean) => flushSync(() => setPrinting(on));
    const onMedia = (e: MediaQueryListEvent) => sync(e.matches);
    const before = () => sync(true);
    const after = () => sync(media.matches);
    media.addEventListener("change", onMedia);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      media.removeEventListener("change", onMedia);
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}
