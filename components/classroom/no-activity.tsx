import Link from "next/link";

/** The student page of an id that is no class's: mistyped, or the activity was deleted. */
export function NoActivity() {
  return (
    <div className="space-y-3" data-ready>
      <h1 className="font-serif text-3xl font-bold">Class activity</h1>
      <p>There is no activity at this address: the link may be wrong, or the teacher deleted it.</p>
      <p>
        <Link href="/join" prefetch={false} className="font-semibold text-accent underline">
          Join with the code your teacher gives you
        </Link>
      </p>
    </div>
  );
}
