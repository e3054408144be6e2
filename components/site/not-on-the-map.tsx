import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";

/** The 404 message, inside the site's header and footer. */
export function NotOnTheMap() {
  return (
    <>
      <PageHeading>This page is not on the map</PageHeading>
      <p className="mt-4 max-w-xl">
        The address may be mistyped, or the page may have moved. The editions are all reachable from the home page.
      </p>
      <p className="mt-6">
        <Link href="/" className="rounded-lg bg-sea-700 px-5 py-3 font-semibold text-sand-50 hover:bg-sea-800">
          Back to the home page
        </Link>
      </p>
    </>
  );
}
