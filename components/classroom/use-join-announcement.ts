"use client";

import { useEffect, useRef, useState } from "react";

/**
 * One polite message per dashboard update about who joined since the last one ("Ana joined.",
 * "3 students joined."), so a screen reader hears arrivals without a flood of every change. The first
 * load announces nothing: the list itself says who is there.
 */
export function useJoinAnnouncement(students: readonly { id: string; name: string }[]): string {
  const seen = useRef<Set<string> | null>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    const ids = new Set(students.map((s) => s.id));
    if (seen.current) {
      const known = seen.current;
      const fresh = students.filter((s) => !known.has(s.id));
      if (fresh.length === 1) setMessage(`${fresh[0]?.name} joined.`);
      else if (fresh.length > 1) setMessage(`${fresh.length} students joined.`);
    }
    seen.current = ids;
  }, [students]);
  return message;
}
