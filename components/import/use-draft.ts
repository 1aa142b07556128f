"use client";

import { useEffect, useRef, useState } from "react";
import { emptyDraft, type ImportDraft } from "@/lib/import/draft";
import { DRAFT_STORAGE_KEY, restoreDraft, serializeDraft } from "@/lib/import/draft-storage";

/** The draft survives a reload or a failed save: it is kept in localStorage until the import is saved. */
export function useDraft() {
  const [draft, setDraft] = useState<ImportDraft>(emptyDraft);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const saved = restoreDraft(attempt(() => window.localStorage.getItem(DRAFT_STORAGE_KEY)) ?? null);
    if (saved) setDraft(saved);
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
    attempt(() => window.localStorage.removeItem(DRAFT_STORAGE_KEY));
    setDraft(emptyDraft());
  };
  return { draft, setDraft, loaded, clear };
}

function persist(pending: { current: ImportDraft | null }): void {
  if (!pending.current) return;
  const stored = serializeDraft(pending.current);
  const ok = attempt(() =>
    stored === null
      ? window.localStorage.removeItem(DRAFT_STORAGE_KEY)
      : window.localStorage.setItem(DRAFT_STORAGE_KEY, stored),
  );
  // Storage full or blocked: the draft lives on in memory and is tried again on the next change.
  if (ok !== undefined) pending.current = null;
}

/** Storage access throws in private modes and when full: undefined then. */
function attempt<T>(f: () => T): T | undefined {
  try {
    return f() ?? (null as T);
  } catch {
    return undefined;
  }
}
