"use client";

import { useState } from "react";
import { buttonClass } from "../ui/button";

const SECONDARY = buttonClass({ variant: "secondary" });

interface Props {
  title: string;
  /** Class activities built on the comparison: while there are any, it cannot be deleted. */
  activities: number;
  pending: boolean;
  onDelete: () => void;
}

/** Delete, after saying what goes with it; refused up front while class activities depend on it. */
export function DeleteComparison({ title, activities, pending, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" className={SECONDARY} onClick={() => setConfirming(true)}>
        Delete this comparison…
      </button>
    );
  const used = activities > 0;
  return (
    <div
      role="alert"
      className="basis-full space-y-3 rounded-lg border-2 border-error p-4"
      data-delete-warning
    >
      {used ? (
        <p>
          <strong>
            {activities === 1 ? "1 class activity uses" : `${activities} class activities use`} this
            comparison.
          </strong>{" "}
          It cannot be deleted until{" "}
          {activities === 1 ? "its teacher deletes it" : "their teachers delete them"}: students' work is
          never removed with a comparison.
        </p>
      ) : (
        <p>
          <strong>Delete “{title}” for everyone?</strong> Its texts and alignment are removed, and its link
          stops working. No class activity uses it. This cannot be undone.
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        {!used && (
          <button
            type="button"
            className={buttonClass({ variant: "danger" })}
            disabled={pending}
            onClick={onDelete}
          >
            {pending ? "Deleting…" : "Yes, delete this comparison"}
          </button>
        )}
        <button type="button" className={SECONDARY} onClick={() => setConfirming(false)}>
          {used ? "Close" : "Keep it"}
        </button>
      </div>
    </div>
  );
}
