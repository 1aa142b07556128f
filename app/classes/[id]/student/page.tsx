import type { Metadata } from "next";
import { NoActivity } from "@/components/classroom/seat-messages";
import { StudentWorkspace } from "@/components/classroom/student-workspace";
import { activityTexts } from "@/lib/classroom/service-texts";

export const metadata: Metadata = { title: "Class activity", robots: { index: false } };

/** The texts are rendered here from the class id; the seat, in this browser's storage, does the rest. */
export default async function StudentRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const texts = await activityTexts(id);
  return texts ? <StudentWorkspace classId={id} texts={texts} /> : <NoActivity />;
}
