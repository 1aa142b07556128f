"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { type Activity, classFetch, classJson, classUrl } from "./class-api";
import { forgetTeacher } from "./storage";
import { DANGER, PRIMARY, SECONDARY } from "./ui";

/** Fetches the CSV with the bearer token (a plain link could not send it) and saves it as a file. */
async function downloadCsv(classId: string, token: string, slug: string): Promise<void> {
  const response = await classFetch(classUrl(classId, "/responses.csv"), { token });
  const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1];
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = name ?? `${slug}-responses.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has handed the file to the browser's download.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface Props {
  activity: Activity;
  open: boolean;
  token: string;
}

/** Close or reopen, export, delete (after a second, explicit confirmation). */
export function DashboardActions({ activity, open, token }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);

  const toggle = useMutation({
    mutationFn: () =>
      classJson<Activity>(classUrl(activity.id), { method: "PATCH", token, body: { open: !open } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["class", activity.id] }),
  });
  const exportCsv = useMutation({ mutationFn: () => downloadCsv(activity.id, token, activity.comparison) });
  const remove = useMutation({
    mutationFn: () => classJson<void>(classUrl(activity.id), { method: "DELETE", token }),
    onSuccess: () => {
      forgetTeacher(activity.id);
      queryClient.removeQueries({ queryKey: ["class", activity.id] });
      router.push(`/compare/${encodeURIComponent(activity.comparison)}`);
    },
  });
  const error = toggle.error ?? exportCsv.error ?? remove.error;

  return (
    <div className="space-y-3 font-sans">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={PRIMARY} disabled={toggle.isPending} onClick={() => toggle.mutate()}>
          {open ? "Close the activity" : "Reopen the activity"}
        </button>
        <button
          type="button"
          className={SECONDARY}
          disabled={exportCsv.isPending}
          onClick={() => exportCsv.mutate()}
        >
          {exportCsv.isPending ? "Exporting…" : "Export CSV"}
        </button>
        {!confirming && (
          <button type="button" className={DANGER} onClick={() => setConfirming(true)}>
            Delete this activity…
          </button>
        )}
      </div>
      {confirming && (
        <div className="space-y-2 rounded-md border-2 border-[color:var(--error)] p-3">
          <p id="delete-warning" className="font-semibold">
            Delete “{activity.title}” with every student's tags and answers? This cannot be undone; export the
            CSV first if you need it.
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirm}
              type="button"
              className={DANGER}
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              Yes, delete this activity
            </button>
            <button type="button" className={SECONDARY} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm font-semibold text-[color:var(--error)]">
          That did not work: {error.message}
        </p>
      )}
    </div>
  );
}
