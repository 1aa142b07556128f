"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { comparisonQueryOptions } from "../comparison/comparison-query";
import { ClassApiError } from "./class-api";
import { activityQuery, dashboardQuery } from "./queries";
import { forgetTeacher, loadTeacherToken, saveTeacherToken } from "./storage";
import { TeacherDashboard } from "./teacher-dashboard";

/**
 * The teacher token arrives in the private link's fragment (never sent to the server). It is moved to
 * this browser's storage and taken out of the address bar, so it does not linger in history, in a
 * screenshot of the projector or in a link copied from the address bar.
 */
function takeToken(classId: string): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match?.[1]) return loadTeacherToken(classId);
  saveTeacherToken(classId, match[1]);
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  return match[1];
}

export function TeacherPage({ classId }: { classId: string }) {
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [forgotten, setForgotten] = useState(false);
  useEffect(() => setToken(takeToken(classId)), [classId]);
  if (token === undefined) return <p className="text-muted">Loading…</p>;
  if (token === null) {
    return (
      <div className="space-y-3" data-ready>
        <h1 className="font-serif text-3xl font-bold">Class dashboard</h1>
        {forgotten && (
          <p role="status" className="font-semibold">
            This browser no longer holds the teacher link for this activity.
          </p>
        )}
        <p className="max-w-2xl">
          The dashboard opens with the private teacher link shown when the activity was started (it ends in
          “#token=…”). This browser has no key for this activity: open that link here.
        </p>
      </div>
    );
  }
  const onToken = (next: string | null) => {
    setForgotten(next === null);
    setToken(next);
  };
  return <WithToken classId={classId} token={token} onToken={onToken} />;
}

function WithToken({
  classId,
  token,
  onToken,
}: {
  classId: string;
  token: string;
  onToken: (token: string | null) => void;
}) {
  const activity = useQuery(activityQuery(classId, token));
  const dashboard = useQuery(dashboardQuery(classId, token));
  const comparison = useQuery({
    ...comparisonQueryOptions(activity.data?.comparison ?? ""),
    enabled: Boolean(activity.data),
  });
  const refused = [activity.error, dashboard.error].find(
    (e) => e instanceof ClassApiError && (e.status === 401 || e.status === 404),
  );
  useEffect(() => {
    if (refused) forgetTeacher(classId);
  }, [refused, classId]);
  if (refused) {
    return (
      <div role="alert" className="space-y-2" data-ready>
        <h1 className="font-serif text-3xl font-bold">Class dashboard</h1>
        <p>This activity does not exist (it may have been deleted), or the teacher link is not valid.</p>
      </div>
    );
  }
  const error = activity.error ?? comparison.error ?? (dashboard.data ? null : dashboard.error);
  if (error) return <p role="alert">Could not load the dashboard: {error.message}. It retries on reload.</p>;
  if (!activity.data || !dashboard.data || !comparison.data)
    return <p className="text-muted">Loading the dashboard…</p>;
  return (
    <TeacherDashboard
      token={token}
      activity={activity.data}
      dashboard={dashboard.data}
      comparison={comparison.data}
      stale={Boolean(dashboard.error)}
      onToken={onToken}
    />
  );
}
