import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditAlignment } from "@/components/import/edit-alignment";
import { findComparison } from "@/lib/catalog";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Correct the alignment" };

/** Imported comparisons only: the seed's alignment is editorial and read-only. */
export default async function EditPage({ params }: Props) {
  const comparison = await findComparison((await params).slug);
  if (comparison?.origin !== "import") notFound();
  return <EditAlignment comparison={comparison} />;
}
