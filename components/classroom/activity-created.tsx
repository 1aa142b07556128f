"use client";

import { useEffect, useRef, useState } from "react";
import type { Created } from "./class-api";
import { JoinCode } from "./join-code";
import { PRIMARY, SECONDARY } from "./ui";

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    // The Clipboard API exists only on secure origins; plain-http classroom servers fall back below.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    return document.execCommand?.("copy") ?? false;
  }
}

/** Shown once after starting: the join code for the class and the teacher's private dashboard link. */
export function ActivityCreated({ created, title }: { created: Created; title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    setOrigin(window.location.origin);
    heading.current?.focus();
  }, []);
  const link = `${origin}${created.teacherPath}`;

  return (
    <div className="space-y-8">
      <h2 ref={heading} tabIndex={-1} className="font-serif text-2xl font-bold">
        “{title}” has started
      </h2>
      <section aria-label="Join code" className="rounded-lg border border-border bg-surface p-6">
        <JoinCode code={created.joinCode} joinUrl={`${origin}/join`} />
      </section>
      <section
        aria-labelledby="teacher-link-heading"
        className="space-y-3 rounded-lg border-2 border-[color:var(--error)] bg-surface p-4 font-sans"
      >
        <h3 id="teacher-link-heading" className="text-lg font-semibold">
          Your private teacher link
        </h3>
        <p id="teacher-link-warning" className="font-semibold">
          This link is shown only once and is the only key to the dashboard. Keep it private: anyone with it
          can see the class's work, export it and delete it. Save it now (bookmark it or paste it somewhere
          safe). This browser also remembers it.
        </p>
        <label htmlFor="teacher-link" className="block text-sm font-semibold">
          Teacher link
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            ref={input}
            id="teacher-link"
            readOnly
            value={link}
            aria-describedby="teacher-link-warning"
            onFocus={(e) => e.currentTarget.select()}
            className="min-w-0 flex-1 basis-64 rounded-md border border-border bg-bg px-3 py-2 font-mono text-sm text-fg"
          />
          <button
            type="button"
            className={SECONDARY}
            onClick={async () =>
              setCopied(
                (await copyText(link, input.current)) ? "Link copied." : "Select the link and copy it.",
              )
            }
          >
            Copy<span className="sr-only"> the teacher link</span>
          </button>
        </div>
        <p role="status" className="text-sm">
          {copied}
        </p>
      </section>
      <p>
        <a href={created.teacherPath} className={PRIMARY}>
          Open the dashboard
        </a>
      </p>
    </div>
  );
}
