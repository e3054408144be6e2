import { LinkProblem } from "@/components/site/link-problem";
import { clock } from "@/lib/platform/clock";
import { lookUpPrivacyRequest } from "@/lib/features/privacy";
import { PrivacyActForm } from "./act-form";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Your data", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/** Opening the emailed link changes nothing: the request is carried out by the button. */
export default async function PrivacyActPage({ params }: Props) {
  const { token } = await params;
  const found = await lookUpPrivacyRequest(token, clock().now());
  if (!found.ok) return <LinkProblem flow="newsletter" problem={found.problem} />;
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      {found.kind === "export" ? (
        <>
          <PageHeading>Email me my data</PageHeading>
          <p>
            We will email <strong>{found.email}</strong> a JSON file with everything we store about it.
          </p>
        </>
      ) : (
        <>
          <PageHeading>Erase my data</PageHeading>
          <p>
            Everything we store about <strong>{found.email}</strong> will be erased: the newsletter subscription and its
            consent record, registrations (a place you hold at an upcoming edition is released to the waiting list), and
            the emails we sent. This cannot be undone, and we will not email you again.
          </p>
        </>
      )}
      <PrivacyActForm token={token} kind={found.kind} />
    </div>
  );
}
