import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";

export const metadata: Metadata = { title: "Bring your own texts" };

export default function ImportPage() {
  return (
    <div className="max-w-5xl space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Bring your own texts</h1>
        <p className="text-muted">
          Two to four texts on the same events. Parallax splits them into passages, finds each passage's
          counterpart in the other texts and groups them by topic; you check and correct the result, then
          share the link. Nothing is fetched from the links you give, and uploaded pages are cleaned of
          anything that could run.
        </p>
      </header>
      <ImportForm />
    </div>
  );
}
