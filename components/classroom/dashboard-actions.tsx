"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Activity, classFetch, classJson, classUrl } from "./class-api";
import { ConfirmPanel } from "./confirm-panel";
import { forgetTeacher } from "./storage";
import { DANGER, PRIMARY, SECONDARY } from "./ui";

type CsvKind = "tags" | "answers";
const CSV_PATH: Record<CsvKind, string> = { tags: "/responses.csv", answers: "/answers.csv" };

/** Fetches a CSV with the bearer token (a plain link could not send it) and saves it as a file. */
async function downloadCsv(classId: string, token: string, kind: CsvKind): Promise<void> {
  const response = await classFetch(classUrl(classId, CSV_PATH[kind]), { token });
  const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1];
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = name ?? `activity-${kind}.csv`;
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

  const toggle = useMutation({
    mutationFn: () =>
      classJson<Activity>(classUrl(activity.id), { method: "PATCH", token, body: { open: !open } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["class", activity.id] }),
  });
  const exportCsv = useMutation({ mutationFn: (kind: CsvKind) => downloadCsv(activity.id, token, kind) });
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
        {(["tags", "answers"] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className={SECONDARY}
            disabled={exportCsv.isPending}
            onClick={() => exportCsv.mutate(kind)}
          >
            {exportCsv.isPending && exportCsv.variables === kind ? "Exporting…" : `Export ${kind} (CSV)`}
          </button>
        ))}
        {!confirming && (
          <button type="button" className={DANGER} onClick={() => setConfirming(true)}>
            Delete this activity…
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmPanel
          messageId="delete-warning"
          confirmLabel="Yes, delete this activity"
          pending={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => setConfirming(false)}
        >
          Delete “{activity.title}” with every student's tags and answers? This cannot be undone; export the
          CSV files first if you need them.
        </ConfirmPanel>
      )}
      {error && (
        <p role="alert" className="text-sm font-semibold text-error">
          That did not work: {error.message}
        </p>
      )}
    </div>
  );
}
