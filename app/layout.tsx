import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/ui/site-header";
import { ThemeScript } from "@/components/ui/theme-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parallax: two perspectives, passage by passage", template: "%s · Parallax" },
  description:
    "Read a news report and an opinion piece on the same events side by side, aligned passage by passage by topic.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#faf9f6" },
    { media: "(prefers-color-scheme: dark)", color: "#131313" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Set per request by proxy.ts. Reading it also makes every page render per request, which a nonce needs.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="min-h-screen bg-bg text-fg antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-7xl px-4 py-4 sm:px-6 sm:py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-7xl px-4 pb-10 text-sm text-muted sm:px-6">
          Parallax shows each source's text as published. In the seed comparison, topic tags and summaries are
          editorial and cite the passages they rest on; in imported texts, tags and links come from the
          aligner and the teacher who imported them.
        </footer>
      </body>
    </html>
  );
}
