"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { classJson, classUrl } from "./class-api";
import { ConfirmPanel } from "./confirm-panel";
import { activityQuery, dashboardQuery } from "./queries";
import { SecretLink } from "./secret-link";
import { forgetTeacher, saveTeacherToken } from "./storage";
import { SECONDARY } from "./ui";

interface Props {
  classId: string;
  token: string;
  /** The token this page uses from now on (null: forgotten on this device). */
  onToken: (token: string | null) => void;
}

/** The teacher link: show it (hidden by default), replace it with a new one, or forget it here. */
export function TeacherKey({ classId, token, onToken }: Props) {
  const queryClient = useQueryClient();
  const [origin, setOrigin] = useState("");
  const [asking, setAsking] = useState<"rotate" | "forget" | null>(null);
  const [rotated, setRotated] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);

  const rotate = useMutation({
    mutationFn: () =>
      classJson<{ teacherToken: string }>(classUrl(classId, "/teacher-token"), { method: "POST", token }),
    onSuccess: ({ teacherToken }) => {
      saveTeacherToken(classId, teacherToken);
      // The screen keeps what it shows while the new token's first requests are on their way.
      for (const query of [activityQuery, dashboardQuery]) {
        const data = queryClient.getQueryData(query(classId, token).queryKey);
        if (data) queryClient.setQueryData(query(classId, teacherToken).queryKey, data as never);
      }
      queryClient.removeQueries({ queryKey: ["class", classId, "activity", token] });
      queryClient.removeQueries({ queryKey: ["class", classId, "dashboard", token] });
      setAsking(null);
      setRotated(true);
      onToken(teacherToken);
    },
  });
  const forget = () => {
    forgetTeacher(classId);
    queryClient.removeQueries({ queryKey: ["class", classId] });
    onToken(null);
  };

  return (
    <div className="space-y-3 font-sans">
      <p>
        Anyone with the teacher link can read and delete your students' work. Keep it off the projector. If it
        may have been seen, make a new one: the old link stops working at once, on every device.
      </p>
      <SecretLink id="dashboard-teacher-link" link={`${origin}/classes/${classId}/teach#token=${token}`} />
      <p role="status" className="text-sm font-semibold">
        {rotated && "A new teacher link is ready and the old one no longer works. Save the new one."}
      </p>
      {asking === null && (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={SECONDARY} onClick={() => setAsking("rotate")}>
            Make a new teacher link…
          </button>
          <button type="button" className={SECONDARY} onClick={() => setAsking("forget")}>
            Forget this device…
          </button>
        </div>
      )}
      {asking && (
        <ConfirmPanel
          confirmLabel={asking === "rotate" ? "Yes, make a new link" : "Yes, forget it here"}
          pending={rotate.isPending}
          onConfirm={() => (asking === "rotate" ? rotate.mutate() : forget())}
          onCancel={() => setAsking(null)}
        >
          {asking === "rotate"
            ? "Make a new teacher link? The current link stops working at once, in every browser that has it; this browser gets the new one."
            : "Remove the teacher link from this browser? Without a saved copy of the link you cannot open this dashboard again."}
        </ConfirmPanel>
      )}
      {rotate.error && (
        <p role="alert" className="text-sm font-semibold text-error">
          That did not work: {rotate.error.message}
        </p>
      )}
    </div>
  );
}
