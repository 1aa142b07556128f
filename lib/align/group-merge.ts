import { type NameCandidate, type NameContext, rankPhrases } from "./topic-names";

/**
 * A group's rare terms, once per group (the pairs of groups are asked again after every merge): only words
 * no more than `maxSize` passages hold can be a word of two groups' own, so only those are kept.
 */
const groupTerms = new WeakMap<number[], Set<string>>();
function termsOf(ctx: NameContext, g: number[], maxSize: number): Set<string> {
  let terms = groupTerms.get(g);
  if (!terms) {
    terms = new Set();
    for (const i of g)
      for (const w of ctx.features[i]?.terms ?? [])
        if ((ctx.postings.get(w)?.length ?? 0) <= maxSize) terms.add(w);
    groupTerms.set(g, terms);
  }
  return terms;
}

/**
 * Whether two groups share a word that is theirs: one no more passages of the request hold than the two
 * groups together ("purchases", not "said" or the name every passage repeats).
 */
function shareWord(ctx: NameContext, a: number[], b: number[], maxSize: number): boolean {
  const inB = termsOf(ctx, b, maxSize);
  for (const w of termsOf(ctx, a, maxSize))
    if (inB.has(w) && (ctx.postings.get(w)?.length ?? 0) <= a.length + b.length) return true;
  return false;
}

/**
 * Groups that follow each other in two texts are one part of the story ("the purchases" in one group, "how
 * they were hidden" in the next, in both reports): merged, smallest pairs first, while the result holds at
 * most `maxSize` passages. Adjacent in one text only is not enough: a text may jump between subjects; nor
 * is order alone, without a word of their own in common.
 */
export function mergeNeighbours(ctx: NameContext, groups: number[][], maxSize: number): number[][] {
  const { docOf } = ctx;
  const out = groups.map((g) => [...g]);
  // Side by side in two documents: asked for every pair of groups after every merge, so nothing allocated.
  const touching = (a: number[], b: number[]) => {
    let first = -1;
    for (const i of a)
      for (const j of b) {
        if (Math.abs(i - j) !== 1) continue;
        const d = docOf(i);
        if (d !== docOf(j)) continue;
        if (first < 0) first = d;
        else if (d !== first) return shareWord(ctx, a, b, maxSize);
      }
    return false;
  };
  for (;;) {
    let best: [number, number] | null = null;
    for (let x = 0; x < out.length; x++)
      for (let y = x + 1; y < out.length; y++) {
        const a = out[x] as number[];
        const b = out[y] as number[];
        const size = a.length + b.length;
        if (size > maxSize || !touching(a, b)) continue;
        if (!best || size < (out[best[0]] as number[]).length + (out[best[1]] as number[]).length)
          best = [x, y];
      }
    if (!best) break;
    const [x, y] = best;
    out[x] = [...(out[x] as number[]), ...(out[y] as number[])].sort((p, q) => p - q);
    out.splice(y, 1);
  }
  return out;
}

/**
 * Small groups (three passages or fewer) whose best name, of two words or more, another group also says
 * join it, the one saying it most often (then the larger), while the result holds at most `maxSize`
 * passages: "budget plan" in a group of two and in a group of seven on the same plan is one topic.
 */
export function mergeByName(ctx: NameContext, groups: number[][], maxSize: number): number[][] {
  const out = groups.map((g) => [...g]);
  // A group's lead is worked out once: each merge changes two groups, not the others.
  const leads = new Map<string, NameCandidate | undefined>();
  const leadOf = (g: number[]) => {
    const k = g.join(",");
    // A noun phrase leads: an organisation both groups name ("Justice Department") may be all they share.
    if (!leads.has(k))
      leads.set(
        k,
        rankPhrases(ctx, g).find((c) => !c.institution),
      );
    return leads.get(k);
  };
  for (let changed = true; changed; ) {
    changed = false;
    const order = out
      .map((_, k) => k)
      .sort((x, y) => (out[x] as number[]).length - (out[y] as number[]).length || x - y);
    for (const x of order) {
      const small = out[x] as number[];
      if (small.length > 3) break;
      // One word ("official") is too loose a bond: others say it about other things.
      const lead = leadOf(small);
      if (!lead || lead.words.length < 2) continue;
      const saying = new Set(lead.saying);
      let into = -1;
      let best = 0;
      out.forEach((g, y) => {
        if (y === x || g.length + small.length > maxSize) return;
        const n = g.filter((i) => saying.has(i)).length;
        if (n > best || (n === best && n > 0 && g.length > (out[into] as number[]).length)) {
          best = n;
          into = y;
        }
      });
      if (into < 0) continue;
      out[into] = [...(out[into] as number[]), ...small].sort((p, q) => p - q);
      out.splice(x, 1);
      changed = true;
      break;
    }
  }
  return out;
}
