import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Sign-in problem" };

type Props = { searchParams: Promise<{ error?: string }> };

const MESSAGES: Record<string, [string, string]> = {
  Verification: ["This sign-in link no longer works", "Links work once, for 10 minutes. Ask for a new one."],
  AccessDenied: ["This address cannot sign in", "Only organizers can sign in. Ask an organizer to add you."],
};

export default async function SignInProblemPage({ searchParams }: Props) {
  const [title, text] = MESSAGES[(await searchParams).error ?? ""] ?? [
    "Sign-in did not work",
    "Please ask for a new link.",
  ];
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{text}</p>
      <p>
        <Link className="underline" href="/admin/sign-in">
          Get a new sign-in link
        </Link>
      </p>
    </>
  );
}
