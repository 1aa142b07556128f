import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OwnerGate } from "@/components/import/owner-gate";
import { findImportStatus } from "@/lib/catalog";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Correct the alignment" };

/**
 * Imported comparisons only (the seed's alignment is editorial and read-only). The page itself is small
 * for everyone: the editor loads its data only in a browser that holds the edit key.
 */
export default async function EditPage({ params }: Props) {
  const { slug } = await params;
  const status = await findImportStatus(slug);
  if (!status) notFound();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="font-sans text-sm">
          <Link href={`/compare/${slug}`} className="text-accent underline underline-offset-2">
            Back to the reader
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">Correct the alignment: {status.title}</h1>
      </header>
      {status.keyed ? (
        <OwnerGate slug={slug} title={status.title} activities={status.activities} />
      ) : (
        <p className="max-w-2xl rounded-lg border border-border bg-surface p-4" data-read-only>
          This comparison was imported before edit keys existed, so nobody can change or delete it: it stays
          readable at its link. To correct the alignment, import the texts again.
        </p>
      )}
    </div>
  );
}
