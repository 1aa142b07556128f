"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { MAX_STUDENTS_LIMIT } from "@/lib/classroom/caps";
import { plural } from "@/lib/ui/plural";
import { type Activity, classJson, classUrl } from "./class-api";
import { SMALL } from "./ui";

interface Props {
  classId: string;
  token: string;
  joined: number;
  maxStudents: number;
}

/** How many students may join: a leaked code cannot fill the class past it; the teacher can change it. */
export function StudentCap({ classId, token, joined, maxStudents }: Props) {
  const queryClient = useQueryClient();
  const [value, setValue] = useState(String(maxStudents));
  useEffect(() => setValue(String(maxStudents)), [maxStudents]);
  const save = useMutation({
    mutationFn: (n: number) =>
      classJson<Activity>(classUrl(classId), { method: "PATCH", token, body: { maxStudents: n } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["class", classId] }),
  });
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_STUDENTS_LIMIT;

  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) save.mutate(n);
      }}
    >
      <p data-capacity>
        {joined} of {plural(maxStudents, "place")} taken.
        {joined >= maxStudents && <strong> The class is full: new students cannot join.</strong>}
      </p>
      <label htmlFor="max-students" className="block text-sm font-semibold">
        Students allowed (1 to {MAX_STUDENTS_LIMIT.toLocaleString("en")})
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id="max-students"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_STUDENTS_LIMIT}
          value={value}
          aria-invalid={!valid}
          onChange={(e) => setValue(e.target.value)}
          className="w-28 rounded-md border border-border bg-bg px-3 py-2 text-fg"
        />
        <button type="submit" className={SMALL} disabled={!valid || save.isPending}>
          Save<span className="sr-only"> the number of students allowed</span>
        </button>
      </div>
      {save.error && (
        <p role="alert" className="text-sm font-semibold text-error">
          That did not work: {save.error.message}
        </p>
      )}
    </form>
  );
}
