"use client";

import { useRef, useState } from "react";
import { SECONDARY } from "./ui";

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

/**
 * The teacher link, hidden until asked for: teachers project the screen it sits on, and anyone who
 * sees the link can read and delete the class's work. Shown with Copy and Hide.
 */
export function SecretLink({ link, id }: { link: string; id: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const panel = `${id}-panel`;
  return (
    <div className="space-y-2">
      <button
        type="button"
        className={SECONDARY}
        aria-expanded={shown}
        aria-controls={panel}
        onClick={() => {
          setShown(!shown);
          setCopied(null);
        }}
      >
        {shown ? "Hide the teacher link" : "Show the teacher link"}
      </button>
      <div id={panel} hidden={!shown} className="space-y-2">
        {shown && (
          <>
            <label htmlFor={id} className="block text-sm font-semibold">
              Teacher link
            </label>
            <div className="flex flex-wrap gap-2">
              <input
                ref={input}
                id={id}
                readOnly
                value={link}
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
          </>
        )}
      </div>
      <p role="status" className="text-sm">
        {copied}
      </p>
    </div>
  );
}
