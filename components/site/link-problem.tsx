import Link from "next/link";

const EXPLANATIONS = {
  invalid: ["This link does not work", "It may have been copied incompletely. Open it again from the email, or register again to get a new one."],
  expired: ["This link has expired", "Links in our emails work for a limited time. Register again from the edition's page to get a new one."],
  used: ["This link has already been used", "Your registration was already confirmed with it. The other link in our emails lets you see and manage your registration."],
  lapsed: ["This registration lapsed", "It was not confirmed in time and holds no place. Register again from the edition's page."],
  "edition-over": ["This edition is over", "Registration for it has ended."],
  "not-active": ["This registration is no longer active", "It was cancelled or has lapsed."],
  "no-offer": ["There is no offer to take", "This registration has no place offered to it right now."],
  "offer-expired": ["This offer has expired", "The place went to the next person on the waiting list."],
} as const;

export type LinkProblemKind = keyof typeof EXPLANATIONS;

/** A clear page for a link that cannot be used, saying why and what to do instead. */
export function LinkProblem({ problem }: { problem: LinkProblemKind }) {
  const [title, text] = EXPLANATIONS[problem];
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p>{text}</p>
      <p>
        <Link href="/" className="underline">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
