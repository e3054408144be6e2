import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Your data", robots: { index: false } };

type Props = { searchParams: Promise<{ kind?: string }> };

export default async function PrivacyDonePage({ searchParams }: Props) {
  const erased = (await searchParams).kind === "erase";
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeading>{erased ? "Your data is erased" : "Your data is on its way"}</PageHeading>
      <p role="status">
        {erased
          ? "We no longer store anything about your address."
          : "Check your inbox for an email with your data attached."}
      </p>
      <p>
        <Link className="underline" href="/">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
