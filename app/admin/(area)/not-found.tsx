import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";

/** An admin address for something that does not exist (a deleted edition, a mistyped id). */
export default function AdminNotFound() {
  return (
    <div className="space-y-4">
      <PageHeading>Not found</PageHeading>
      <p>There is nothing at this address: it may have been deleted, or the link may be mistyped.</p>
      <p>
        <Link className="underline" href="/admin">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
