"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { Created } from "./class-api";
import { JoinCode } from "./join-code";
import { SecretLink } from "./secret-link";
import { loadTeacherToken } from "./storage";
import { PRIMARY } from "./ui";

/**
 * Shown after starting: the join code, big, for the projector; the teacher's private link stays hidden
 * until asked for, so projecting this screen never shows it.
 */
export function ActivityCreated({ created, title }: { created: Created; title: string }) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const [origin, setOrigin] = useState("");
  useEffect(() => {
    setOrigin(window.location.origin);
    heading.current?.focus();
  }, []);
  const dashboard = `/classes/${encodeURIComponent(created.id)}/teach`;

  return (
    <div className="space-y-8">
      <h2 ref={heading} tabIndex={-1} className="font-serif text-2xl font-bold">
        “{title}” has started
      </h2>
      <section aria-label="Join code" className="rounded-lg border border-border bg-surface p-6">
        <JoinCode code={created.joinCode} joinUrl={`${origin}/join`} />
      </section>
      <p>
        <button
          type="button"
          className={PRIMARY}
          onClick={() =>
            // This browser keeps the token: open the dashboard without it in the address bar.
            router.push(
              loadTeacherToken(created.id) === created.teacherToken ? dashboard : created.teacherPath,
            )
          }
        >
          Open the dashboard
        </button>
      </p>
      <section
        aria-labelledby="teacher-link-heading"
        className="space-y-3 rounded-lg border-2 border-error bg-surface p-4 font-sans"
      >
        <h3 id="teacher-link-heading" className="text-lg font-semibold">
          Your private teacher link
        </h3>
        <p id="teacher-link-warning">
          <strong>Keep it off the projector.</strong> Anyone with this link can read and delete your students'
          work. It is the only key to the dashboard from another browser: save it somewhere private (a
          bookmark, your notes). This browser remembers it; the dashboard can make a new one.
        </p>
        <SecretLink id="teacher-link" link={`${origin}${created.teacherPath}`} />
      </section>
    </div>
  );
}
