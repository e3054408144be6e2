import Link from "next/link";
import { env } from "@/lib/platform/env";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Check your email" };

/** The same page for every address, organizer or not: it reveals nothing. */
export default function CheckEmailPage() {
  return (
    <>
      <PageHeading>Check your email</PageHeading>
      <p role="status">
        If that address belongs to an organizer, a sign-in link is on its way. It works once, for 10 minutes.
      </p>
      {env().devMailbox && (
        <p>
          Running locally: the email is in the{" "}
          <Link className="underline" href="/dev/mailbox">
            dev mailbox
          </Link>
          .
        </p>
      )}
    </>
  );
}
