"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { passagesQueryOptions } from "../comparison/comparison-query";
import { ClassApiError } from "./class-api";
import { activityQuery, meQuery } from "./queries";
import { loadSeat, type StudentSeat } from "./storage";
import { StudentWorkspace } from "./student-workspace";

/** The student's seat comes from this browser's storage (set on joining); without it, back to /join. */
export function StudentPage({ classId }: { classId: string }) {
  const [seat, setSeat] = useState<StudentSeat | null | undefined>(undefined);
  useEffect(() => setSeat(loadSeat(classId)), [classId]);
  if (seat === undefined) return <p className="text-muted">Loading…</p>;
  if (seat === null) {
    return (
      <div className="space-y-3" data-ready>
        <h1 className="font-serif text-3xl font-bold">Class activity</h1>
        <p>This browser has not joined this activity yet.</p>
        <p>
          <Link href="/join" className="font-semibold text-accent underline">
            Join with the code your teacher gives you
          </Link>
        </p>
      </div>
    );
  }
  return <LoadedSeat seat={seat} />;
}

function LoadedSeat({ seat }: { seat: StudentSeat }) {
  const activity = useQuery(activityQuery(seat.classId, seat.studentToken));
  const me = useQuery(meQuery(seat.classId, seat.studentToken));
  // Only the activity's passages: a phone never downloads the whole comparison and its framing lens.
  const comparison = useQuery({
    ...passagesQueryOptions(activity.data?.comparison ?? "", activity.data?.topics ?? []),
    enabled: Boolean(activity.data),
  });
  const error = activity.error ?? me.error ?? comparison.error;
  if (error) {
    const gone = error instanceof ClassApiError && (error.status === 404 || error.status === 401);
    return (
      <div role="alert" className="space-y-2" data-ready>
        <h1 className="font-serif text-3xl font-bold">Class activity</h1>
        <p>
          {gone
            ? "This activity no longer exists, or this browser's place in it has ended."
            : `Could not load the activity: ${error.message}. Your saved work is kept in this browser; reload to try again.`}
        </p>
        {gone && (
          <p>
            <Link href="/join" className="font-semibold text-accent underline">
              Join with a new code
            </Link>
          </p>
        )}
      </div>
    );
  }
  if (!activity.data || !me.data || !comparison.data)
    return <p className="text-muted">Loading the activity…</p>;
  return <StudentWorkspace seat={seat} activity={activity.data} me={me.data} comparison={comparison.data} />;
}
