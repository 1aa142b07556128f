import type { Metadata } from "next";
import { StudentPage } from "@/components/classroom/student-page";

export const metadata: Metadata = { title: "Class activity", robots: { index: false } };

export default async function StudentRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <StudentPage classId={id} />;
}
