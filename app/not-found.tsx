import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4 py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">Not found</h1>
      <p className="text-muted">There is no comparison or page at this address.</p>
      <p>
        <Link href="/" className="text-accent underline">
          Open the seed comparison
        </Link>
      </p>
    </div>
  );
}
