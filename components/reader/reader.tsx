"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { describeGap, sidesOf } from "@/lib/corpus/sides";
import { comparisonQueryOptions } from "../comparison/comparison-query";
import { SideColumn } from "./side-column";
import type { TopicStyle } from "./topic-chip";

/** The comparison reader. Data comes hydrated from the server prefetch, so the first paint has it all. */
export function Reader({ slug }: { slug: string }) {
  const { data, error } = useQuery(comparisonQueryOptions(slug));
  const topics = useMemo(
    () =>
      new Map<string, TopicStyle>((data?.topics ?? []).map((t, index) => [t.id, { label: t.label, index }])),
    [data],
  );
  if (error) return <p role="alert">Could not load this comparison: {error.message}</p>;
  if (!data) return null;

  const sides = sidesOf(data);
  const dates = sides.map((s) => s.main.publishedAt);
  const gapNote = (i: number) => {
    const own = dates[i];
    const other = dates[1 - i];
    if (sides.length !== 2 || !own || !other || own === other) return undefined;
    return `Written ${describeGap(own, other)} ${own < other ? "before" : "after"} the other text.`;
  };

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold leading-tight">{data.title}</h1>
        <p className="max-w-3xl text-muted">{data.description}</p>
      </header>
      <div className="grid gap-10 md:grid-cols-2">
        {sides.map((side, i) => (
          <SideColumn key={side.id} side={side} topics={topics} gapNote={gapNote(i)} />
        ))}
      </div>
    </div>
  );
}
