"use client";

import { useSyncExternalStore } from "react";

/**
 * The edit keys of the imports this browser saved (or was given the key of), in localStorage: one entry
 * per slug, `{key, title, savedAt}`. The server never learns which browser holds a key, so everything
 * that depends on it (the edit link, "Your imports", the editor) is decided here, after hydration.
 */
export interface EditKeyEntry {
  key: string;
  title: string;
  savedAt: string;
}

const PREFIX = "parallax:edit-key:";
const CHANGED = "parallax:edit-keys-changed";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Blocked storage (private modes, policies): nothing is kept, nothing breaks.
  }
}

function parse(raw: string | null): EditKeyEntry | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<EditKeyEntry>;
    return typeof value.key === "string" && typeof value.title === "string"
      ? { key: value.key, title: value.title, savedAt: String(value.savedAt ?? "") }
      : null;
  } catch {
    return null;
  }
}

export function readEditKey(slug: string): EditKeyEntry | null {
  return parse(storage()?.getItem(PREFIX + slug) ?? null);
}

export function saveEditKey(slug: string, key: string, title: string): void {
  const entry: EditKeyEntry = { key, title, savedAt: new Date().toISOString() };
  try {
    storage()?.setItem(PREFIX + slug, JSON.stringify(entry));
  } catch {
    // Storage full: the key was shown to be saved by hand; the editor asks for it next time.
  }
  window.dispatchEvent(new Event(CHANGED));
}

export function forgetEditKey(slug: string): void {
  storage()?.removeItem(PREFIX + slug);
  window.dispatchEvent(new Event(CHANGED));
}

/** Every slug this browser holds a key for, newest first. */
export function listEditKeys(): (EditKeyEntry & { slug: string })[] {
  const store = storage();
  if (!store) return [];
  const entries: (EditKeyEntry & { slug: string })[] = [];
  for (let i = 0; i < store.length; i++) {
    const name = store.key(i);
    const entry = name?.startsWith(PREFIX) ? parse(store.getItem(name)) : null;
    if (name && entry) entries.push({ ...entry, slug: name.slice(PREFIX.length) });
  }
  return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

function subscribe(onChange: () => void): () => void {
  // "storage" fires when another tab changes a key; CHANGED when this one does.
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/**
 * This browser's key for `slug`: undefined while rendering on the server and hydrating (not known yet),
 * null when it holds none. Snapshots are the raw stored strings, so they compare by value.
 */
export function useEditKey(slug: string): EditKeyEntry | null | undefined {
  const raw = useSyncExternalStore(
    subscribe,
    () => storage()?.getItem(PREFIX + slug) ?? "",
    () => undefined,
  );
  return raw === undefined ? undefined : parse(raw);
}

/** Every stored entry; an empty list on the server and while hydrating. */
export function useEditKeyList(): (EditKeyEntry & { slug: string })[] {
  const snapshot = useSyncExternalStore(
    subscribe,
    () => JSON.stringify(listEditKeys()),
    () => "[]",
  );
  return JSON.parse(snapshot) as (EditKeyEntry & { slug: string })[];
}
