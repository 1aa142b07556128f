"use client";

import { useEffect, useState } from "react";
import { emptyDraft, type ImportDraft } from "./draft";

const KEY = "parallax:import-draft";

/** The draft survives a reload or a failed save: it is kept in localStorage until the import is saved. */
export function useDraft() {
  const [draft, setDraft] = useState<ImportDraft>(emptyDraft);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(KEY);
      if (saved) setDraft({ ...emptyDraft(), ...(JSON.parse(saved) as ImportDraft) });
    } catch {
      // A corrupt or inaccessible draft is ignored: the form starts empty.
    }
    setLoaded(true);
  }, []);

  useEffect(() => {
    if (!loaded) return;
    const timer = window.setTimeout(() => {
      try {
        window.localStorage.setItem(KEY, JSON.stringify(draft));
      } catch {
        // Storage full or blocked: the draft lives on in memory.
      }
    }, 300);
    return () => window.clearTimeout(timer);
  }, [draft, loaded]);

  const clear = () => {
    window.localStorage.removeItem(KEY);
    setDraft(emptyDraft());
  };
  return { draft, setDraft, loaded, clear };
}
