import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";

const NAV = "inline-flex min-h-11 items-center rounded px-2 font-sans text-sm font-semibold hover:underline";

export function SiteHeader() {
  return (
    <header className="border-b border-border bg-surface print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:px-6">
        <Link href="/" className="font-serif text-xl font-bold tracking-tight">
          Parallax
        </Link>
        <p className="hidden text-sm text-muted lg:block">
          Two perspectives on the same events, passage by passage
        </p>
        {/* Phones: logo and theme on the first line, the links on a line of their own. */}
        <nav
          aria-label="Site"
          data-site-nav
          className="order-last -ml-2 flex w-full items-center gap-1 sm:order-none sm:ml-auto sm:w-auto"
        >
          {/* Hidden on a student's page (globals.css): a student needs only their class. */}
          <Link href="/comparisons" className={NAV} data-teacher-link>
            Comparisons
          </Link>
          <Link href="/import" className={NAV} data-teacher-link>
            Import
          </Link>
          <Link href="/join" className={NAV}>
            Join a class
          </Link>
        </nav>
        <div className="ml-auto sm:ml-0">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
