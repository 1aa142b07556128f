"use client";

import { useEffect, useState } from "react";
import { Button } from "./button";

type Choice = "system" | "light" | "dark";
const NEXT: Record<Choice, Choice> = { system: "dark", dark: "light", light: "system" };
const LABEL: Record<Choice, string> = { system: "Theme: system", dark: "Theme: dark", light: "Theme: light" };

function apply(choice: Choice) {
  const dark =
    choice === "dark" || (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

/** Follows the system by default; a choice of light or dark persists in localStorage. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<Choice>("system");

  useEffect(() => {
    const saved = localStorage.getItem("theme");
    if (saved === "light" || saved === "dark") setChoice(saved);
    const media = matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => {
      if (!localStorage.getItem("theme")) apply("system");
    };
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);

  const cycle = () => {
    const next = NEXT[choice];
    setChoice(next);
    if (next === "system") localStorage.removeItem("theme");
    else localStorage.setItem("theme", next);
    apply(next);
  };

  return (
    <Button size="sm" onClick={cycle} aria-label={`${LABEL[choice]}. Change theme`}>
      <span aria-hidden="true">
        {choice === "dark" ? "☾ Dark" : choice === "light" ? "☀ Light" : "◐ System"}
      </span>
    </Button>
  );
}
