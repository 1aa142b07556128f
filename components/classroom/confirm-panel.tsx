"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { DANGER, SECONDARY } from "./ui";

/**
 * "Are you sure?" inline, for an action that destroys or revokes something: the warning, then the
 * confirming button (focused when the panel opens, so the keyboard lands on the choice) and Cancel.
 */
export function ConfirmPanel(props: {
  children: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  messageId?: string;
}) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div className="space-y-2 rounded-md border-2 border-error p-3">
      <p id={props.messageId} className="font-semibold">
        {props.children}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          ref={confirm}
          type="button"
          className={DANGER}
          disabled={props.pending}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button type="button" className={SECONDARY} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
