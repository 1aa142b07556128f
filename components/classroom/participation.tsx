"use client";

import { useEffect, useRef, useState } from "react";
import type { Dashboard } from "@/lib/classroom/dashboard";
import { plural } from "@/lib/ui/plural";

/** Screen readers hear a summary at most this often, however fast the class works. */
const ANNOUNCE_EVERY_MS = 30_000;

function summary(p: Dashboard["participation"]): string {
  return `${p.joined} joined, ${p.active} active, ${plural(p.responses, "tag")}, ${plural(p.answers, "answer")}.`;
}

/**
 * The class's numbers, updated with every poll on screen; the polite live region repeats them only
 * when they changed and at most every 30 s, so a screen reader is not interrupted every 3 s.
 */
export function Participation({ participation }: { participation: Dashboard["participation"] }) {
  const [announced, setAnnounced] = useState("");
  const last = useRef(0);
  const text = summary(participation);
  useEffect(() => {
    const wait = Math.max(0, last.current + ANNOUNCE_EVERY_MS - Date.now());
    const timer = window.setTimeout(() => {
      last.current = Date.now();
      setAnnounced(text);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [text]);
  const stats = [
    ["Joined", participation.joined],
    ["Active", participation.active],
    ["Tags", participation.responses],
    ["Answers", participation.answers],
  ] as const;
  return (
    <div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-participation>
        {stats.map(([label, n]) => (
          <div key={label} className="rounded-md border border-border bg-bg p-3 text-center">
            <dt className="font-sans text-sm text-muted">{label}</dt>
            <dd className="font-sans text-3xl font-bold" data-stat={label.toLowerCase()}>
              {n}
            </dd>
          </div>
        ))}
      </dl>
      <p role="status" aria-live="polite" className="sr-only">
        {announced && `Class update: ${announced}`}
      </p>
      <p className="mt-2 font-sans text-xs text-muted">
        Active: joined and tagged or answered at least once. Updates every few seconds.
      </p>
    </div>
  );
}
