import { queryOptions } from "@tanstack/react-query";
import {
  type Activity,
  ClassApiError,
  classFetch,
  classJson,
  classUrl,
  type DashboardData,
  type Me,
} from "./class-api";

/** Refusals (401, 404, 409) will not change on retry; network and server errors may. */
export function retryTransient(failures: number, error: Error): boolean {
  return !(error instanceof ClassApiError && error.status < 500) && failures < 3;
}

export const activityQuery = (id: string, token: string) =>
  queryOptions({
    queryKey: ["class", id, "activity", token] as const,
    queryFn: () => classJson<Activity>(classUrl(id), { token }),
    retry: retryTransient,
  });

export const meQuery = (id: string, token: string) =>
  queryOptions({
    queryKey: ["class", id, "me", token] as const,
    queryFn: () => classJson<Me>(classUrl(id, "/me"), { token }),
    retry: retryTransient,
  });

/** The last summary of each dashboard and its ETag: a poll sends it back and a 304 keeps it. */
const lastDashboard = new Map<string, { etag: string; data: DashboardData }>();

async function fetchDashboard(id: string, token: string): Promise<DashboardData> {
  const key = `${id}|${token}`;
  const last = lastDashboard.get(key);
  const response = await classFetch(classUrl(id, "/dashboard"), { token, etag: last?.etag });
  if (response.status === 304 && last) return last.data;
  const data = (await response.json()) as DashboardData;
  const etag = response.headers.get("ETag");
  if (etag) lastDashboard.set(key, { etag, data });
  return data;
}

/** Polled every 3 s while the dashboard is open; an unchanged class answers 304 (no body). */
export const dashboardQuery = (id: string, token: string) =>
  queryOptions({
    queryKey: ["class", id, "dashboard", token] as const,
    queryFn: () => fetchDashboard(id, token),
    retry: retryTransient,
    refetchInterval: 3000,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
