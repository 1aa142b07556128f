"use client";

import { useEffect, useRef, useState } from "react";
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

  // Saved a moment after typing stops, and at once when the page goes away (a reload or a closed tab).
  const pending = useRef<ImportDraft | null>(null);
  useEffect(() => {
    if (!loaded) return;
    pending.current = draft;
    const timer = window.setTimeout(() => persist(pending), 300);
    return () => window.clearTimeout(timer);
  }, [draft, loaded]);
  useEffect(() => {
    const flush = () => persist(pending);
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, []);

  const clear = () => {
    pending.current = null;
    window.localStorage.removeItem(KEY);
    setDraft(emptyDraft());
  };
  return { draft, setDraft, loaded, clear };
}

function persist(pending: { current: ImportDraft | null }): void {
  if (!pending.current) return;
  try {
    window.localStorage.setItem(KEY, JSON.stringify(pending.current));
    pending.current = null;
  } catch {
    // Storage full or blocked: the draft lives on in memory.
  }
}
