"use client";

import Link from "next/link";
import { useEditKeyList } from "./edit-keys";

/**
 * The imports whose edit keys this browser holds. Imports are listed nowhere else: whoever has a link
 * can read that one comparison, and nobody can browse the others.
 */
export function YourImports() {
  const entries = useEditKeyList();
  return (
    <section aria-labelledby="your-imports-heading" className="space-y-3">
      <h2 id="your-imports-heading" className="font-serif text-2xl font-bold">
        Your imports
      </h2>
      <p className="text-muted">
        Imported comparisons are not listed publicly: anyone with a comparison's link can read it. The ones
        saved in this browser, or whose edit key you entered here, are listed below.
      </p>
      {entries.length > 0 && (
        <ul className="space-y-3" data-your-imports>
          {entries.map((e) => (
            <li key={e.slug} className="rounded-lg border border-border bg-surface p-4">
              <Link
                href={`/compare/${e.slug}`}
                className="font-serif text-xl font-bold text-accent underline underline-offset-2"
              >
                {e.title}
              </Link>
              <p className="font-sans text-sm text-muted">Imported · you hold its edit key</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
