/**
 * The floor app for `npm run bench:floor`: the same Next.js, React and build settings as Parallax, none
 * of its client code. What Lighthouse measures here is what the stack costs before the app adds anything.
 */
import type { ReactNode } from "react";

export const metadata = { title: "Parallax floor", description: "What the framework alone costs a page." };

const CSS = `
body { margin: 0 auto; max-width: 80rem; padding: 2rem 1rem; font: 1.0625rem/1.625 Georgia, serif; }
.row { margin-top: 2.5rem; }
.sides { display: grid; gap: 1rem; }
@media (min-width: 768px) { .sides { grid-template-columns: 1fr 1fr; } }
.side { border: 1px solid #dedad3; border-radius: 0.5rem; padding: 1rem; min-width: 0; }
`;

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <style>{CSS}</style>
      </head>
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
