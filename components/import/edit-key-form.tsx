"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, sendJson } from "../ui/fetch-json";
import { saveEditKey } from "./edit-keys";
import { Field, INPUT_CLASS } from "./field";
import { PICKER_BUTTON } from "./picker";

const KEY_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** On another device: the owner types (or pastes) the key; the server checks it before it is kept. */
export function EditKeyForm({ slug, title }: { slug: string; title: string }) {
  const [key, setKey] = useState("");
  const [malformed, setMalformed] = useState(false);
  const check = useMutation({
    mutationFn: (candidate: string) =>
      sendJson(`/api/comparisons/${encodeURIComponent(slug)}/key`, "POST", undefined, {
        Authorization: `Bearer ${candidate}`,
      }),
    onSuccess: (_, candidate) => saveEditKey(slug, candidate, title),
  });
  const error = malformed
    ? "An edit key is 43 characters: letters, digits, - and _."
    : !check.error
      ? undefined
      : check.error instanceof ApiError && check.error.status === 401
        ? "That is not this comparison's edit key: check it and try again."
        : check.error.message;

  return (
    <form
      aria-labelledby="edit-key-heading"
      className="max-w-2xl space-y-3 rounded-lg border border-border bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const candidate = key.trim();
        // Checked here first: a pasted key with stray characters would not even make a valid header.
        setMalformed(!KEY_SHAPE.test(candidate));
        if (KEY_SHAPE.test(candidate)) check.mutate(candidate);
      }}
    >
      <h2 id="edit-key-heading" className="font-serif text-2xl font-bold">
        Enter your edit key
      </h2>
      <p className="text-sm">
        The key was shown once when the comparison was saved, and offered as a text file. Anyone with it can
        change or delete this comparison; this browser will keep it once it is checked.
      </p>
      <Field id="edit-key" label="Edit key" error={error}>
        {(aria) => (
          <input
            {...aria}
            className={`${INPUT_CLASS} font-mono`}
            autoComplete="off"
            spellCheck={false}
            value={key}
            onChange={(e) => setKey(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className={PICKER_BUTTON} disabled={check.isPending}>
        {check.isPending ? "Checking…" : "Use this key"}
      </button>
    </form>
  );
}
