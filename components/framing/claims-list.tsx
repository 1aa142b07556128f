import type { Claim } from "@/lib/corpus/framing-schema";
import { type PassageLinkProps, PassageLinks } from "./passage-links";

interface Props extends PassageLinkProps {
  claims: Claim[];
  sourceLabels: Readonly<Record<string, string>>;
}

/** Checkable claims with lateral-reading prompts (SIFT): Parallax gives no verdicts it cannot source. */
export function ClaimsList({ claims, sourceLabels, ...links }: Props) {
  return (
    <section>
      <h4 className="mb-1 font-sans text-base font-bold">Claims to trace</h4>
      <p className="mb-2 text-xs text-muted">
        Parallax does not say whether these claims are true. Read laterally: leave the text and check who is
        behind the claim, what the evidence is, and what other sources say (SIFT: Stop, Investigate the
        source, Find better coverage, Trace claims to their original context).
      </p>
      <ol className="space-y-3">
        {claims.map((c) => (
          <li key={c.id} className="rounded-md border border-border p-3">
            <p>
              <span className="text-xs font-bold uppercase tracking-wider text-muted">
                {sourceLabels[c.source] ?? c.source}:{" "}
              </span>
              {c.claim}
              <PassageLinks ids={c.passages} {...links} />
            </p>
            <dl className="mt-2 grid gap-1 sm:grid-cols-[10rem_1fr]">
              <dt className="font-semibold">Who is behind it?</dt>
              <dd>{c.prompts.who}</dd>
              <dt className="font-semibold">What is the evidence?</dt>
              <dd>{c.prompts.evidence}</dd>
              <dt className="font-semibold">What do other sources say?</dt>
              <dd>{c.prompts.otherSources}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
