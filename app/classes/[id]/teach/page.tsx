import type { Metadata } from "next";
import { TeacherPage } from "@/components/classroom/teacher-page";

export const metadata: Metadata = { title: "Class dashboard", robots: { index: false } };

export default async function TeachRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TeacherPage classId={id} />;
}
