import "server-only";
import { getComparison } from "@/lib/catalog/seeds";
import { etagOf } from "./responses";

interface Body {
  json: string;
  etag: string;
}
const bodies = new Map<string, Body>();

function memo(key: string, make: () => unknown): Body | null {
  let body = bodies.get(key);
  if (!body) {
    const value = make();
    if (value === null) return null;
    const json = JSON.stringify(value);
    body = { json, etag: etagOf(json) };
    bodies.set(key, body);
  }
  return body;
}

/** The serialized body of a static seed comparison, built once per process. */
export function comparisonBody(slug: string): Body | null {
  return memo(`comparison:${slug}`, () => getComparison(slug));
}

/** The serialized framing lens of a static seed comparison; null when there is no such seed or no lens. */
export function framingBody(slug: string): Body | null {
  return memo(`framing:${slug}`, () => getComparison(slug)?.framing ?? null);
}
