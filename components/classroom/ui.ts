import { buttonClass } from "../ui/button";

/** Button looks of the class-activity screens: the UI kit's (components/ui/button.tsx). */
export const PRIMARY = buttonClass({ variant: "primary" });
export const SECONDARY = buttonClass({ variant: "secondary" });
export const SMALL = buttonClass({ variant: "secondary", size: "sm" });
export const DANGER = buttonClass({ variant: "danger" });
export const CARD = "rounded-lg border border-border bg-surface p-4";
