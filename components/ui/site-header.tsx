import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="border-b border-border bg-surface print:hidden">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="font-serif text-xl font-bold tracking-tight">
          Parallax
        </Link>
        <p className="ml-auto hidden text-sm text-muted md:block">
          Two perspectives on the same events, passage by passage
        </p>
        <ThemeToggle />
      </div>
    </header>
  );
}
