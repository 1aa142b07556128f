"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { listSeats, type StudentSeat } from "./storage";

/** On /join: the seats this browser already holds, so a returning student goes back instead of joining. */
export function HeldSeats() {
  const [seats, setSeats] = useState<StudentSeat[]>([]);
  useEffect(() => setSeats(listSeats()), []);
  if (seats.length === 0) return null;
  return (
    <section aria-labelledby="held-seats" className="max-w-md space-y-2 rounded-lg border border-border p-4">
      <h2 id="held-seats" className="font-sans text-base font-semibold">
        You already joined from this browser
      </h2>
      <ul className="space-y-1 font-sans">
        {seats.map((seat) => (
          <li key={seat.classId}>
            <Link
              href={`/classes/${encodeURIComponent(seat.classId)}/student`}
              className="font-semibold text-accent underline"
            >
              Continue as {seat.name}
              {seat.joinCode ? ` (code ${seat.joinCode})` : ""}
            </Link>
          </li>
        ))}
      </ul>
      <p className="font-sans text-xs text-muted">
        Joining again with the same code also gives your seat back.
      </p>
    </section>
  );
}

/** The resume code, grouped in fours to copy by hand. */
export const formatResumeCode = (code: string) => code.replace(/^(.{4})(.{4})$/, "$1 $2");
