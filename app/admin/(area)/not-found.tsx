import Link from "next/link";

/** An admin address for something that does not exist (a deleted edition, a mistyped id). */
export default function AdminNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Not found</h1>
      <p>There is nothing at this address: it may have been deleted, or the link may be mistyped.</p>
      <p>
        <Link className="underline" href="/admin">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
