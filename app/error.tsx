"use client";

import Link from "next/link";
import { useEffect } from "react";
import { PageHeading } from "@/components/ui/page-heading";

/**
 * Anything unexpected on our side (a database restarting, a bug): a page that says so and
 * offers to try again, instead of a blank "application error".
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    document.getElementById("error-heading")?.focus();
  }, []);
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 space-y-4 px-4 py-16">
      <PageHeading id="error-heading" tabIndex={-1}>
        Something went wrong on our side
      </PageHeading>
      <p role="alert">
        The page could not be shown just now. It is usually over in a moment: please try again. If it keeps happening,
        write to us and mention the code below.
      </p>
      {error.digest && (
        <p className="text-sm">
          Error code: <code>{error.digest}</code>
        </p>
      )}
      <p className="flex flex-wrap gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-sea-700 px-5 py-2.5 font-semibold text-sand-50 hover:bg-sea-800"
        >
          Try again
        </button>
        <Link className="self-center underline" href="/">
          Go to the home page
        </Link>
      </p>
    </main>
  );
}
