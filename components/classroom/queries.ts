import { queryOptions } from "@tanstack/react-query";
import { type Activity, ClassApiError, classJson, classUrl, type DashboardData, type Me } from "./class-api";

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

/** Polled every 3 s while the dashboard is open, so new work shows within 5 s. */
export const dashboardQuery = (id: string, token: string) =>
  queryOptions({
    queryKey: ["class", id, "dashboard", token] as const,
    queryFn: () => classJson<DashboardData>(classUrl(id, "/dashboard"), { token }),
    retry: retryTransient,
    refetchInterval: 3000,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
