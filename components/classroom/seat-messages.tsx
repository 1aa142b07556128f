/** What the student page says instead of the workspace; server- and client-safe. */
import Link from "next/link";
import { ClassApiError } from "./class-api";

function JoinInstead({ message }: { message: string }) {
  return (
    <div className="space-y-3" data-ready>
      <h1 className="font-serif text-3xl font-bold">Class activity</h1>
      <p>{message}</p>
      <p>
        <Link href="/join" prefetch={false} className="font-semibold text-accent underline">
          Join with the code your teacher gives you
        </Link>
      </p>
    </div>
  );
}

/** The student page of an id that is no class's: mistyped, or the activity was deleted (server). */
export const NoActivity = () => (
  <JoinInstead message="There is no activity at this address: the link may be wrong, or the teacher deleted it." />
);

/** This browser holds no seat in the class. */
export const NoSeat = () => <JoinInstead message="This browser has not joined this activity yet." />;

/** The activity or the work could not be loaded; gone (401, 404) or a failure worth a reload. */
export function LoadError({ error }: { error: Error }) {
  const gone = error instanceof ClassApiError && (error.status === 404 || error.status === 401);
  return (
    <div role="alert" className="space-y-2" data-ready>
      <h1 className="font-serif text-3xl font-bold">Class activity</h1>
      <p>
        {gone
          ? "This activity no longer exists, or this browser's place in it has ended."
          : `Could not load the activity: ${error.message}. Your saved work is kept in this browser; reload to try again.`}
      </p>
      {gone && (
        <p>
          <Link href="/join" prefetch={false} className="font-semibold text-accent underline">
            Join with a new code
          </Link>
        </p>
      )}
    </div>
  );
}
