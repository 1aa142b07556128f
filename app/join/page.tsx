import type { Metadata } from "next";
import { HeldSeats } from "@/components/classroom/held-seats";
import { JoinForm } from "@/components/classroom/join-form";

export const metadata: Metadata = { title: "Join a class activity" };

export default function JoinPage() {
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Join a class activity</h1>
        <p className="max-w-2xl text-muted">
          Type the code your teacher shows and the name to show them. Your tags and answers are saved in this
          browser as you go and sent to your teacher.
        </p>
      </header>
      <HeldSeats />
      <JoinForm />
    </div>
  );
}
