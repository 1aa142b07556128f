import { OUTLET_WORDS } from "./name-filters";
import type { Features } from "./nlp";

/**
 * Last words that make a run of capitalised words an organisation, a programme or a law ("Justice
 * Department", "Federal Election Commission", "Affordable Care Act"): a person's name never ends in one.
 */
const HEADS = new Set(
  (
    "department commission committee council court district party agency administration association act " +
    "program programme service bureau office center centre senate congress university institute foundation " +
    "union organization organisation board fund ministry corporation company bank church hospital"
  ).split(" "),
);
/** An acronym of three letters or more, with or without dots ("NAACP", "N.A.A.C.P.", "TPS"); "U.S." is two. */
const ACRONYM = /^(?:\p{Lu}\.?){3,}$/u;

const cache = new WeakMap<Features, string[]>();

/**
 * Keys of the organisations, programmes and laws a passage names: a topic may be about one ("Justice
 * Department"), never about a person's name alone. No outlet: they say who reported, not what.
 */
export function institutions(f: Features): string[] {
  let list = cache.get(f);
  if (list) return list;
  list = [];
  for (const k of new Set(f.names)) {
    const written = f.surface.get(k);
    if (!written || f.dates.has(k) || OUTLET_WORDS.test(written)) continue;
    // The head comes before "of": "District" in "Southern District of California".
    const head = (written.split(" of ")[0] ?? "").split(" ").pop()?.toLowerCase() ?? "";
    if ((k.includes(" ") && HEADS.has(head)) || (!k.includes(" ") && ACRONYM.test(written))) list.push(k);
  }
  cache.set(f, list);
  return list;
}
