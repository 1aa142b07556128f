"use client";

import { useQuery } from "@tanstack/react-query";
import { framingQueryOptions } from "./framing-query";
import { type TimelineProps, TimelineView } from "./timeline-view";

/** The timeline view once the framing lens has loaded (prefetched by the server when a link opens it). */
export function TimelineLoader({ slug, ...props }: Omit<TimelineProps, "events"> & { slug: string }) {
  const { data, error } = useQuery(framingQueryOptions(slug));
  if (data) return <TimelineView events={data.timeline} {...props} />;
  if (error) return <p role="alert">Could not load the timeline: {error.message}</p>;
  return (
    <p role="status" className="text-muted">
      Loading the timeline…
    </p>
  );
}
