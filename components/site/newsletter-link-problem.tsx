import Link from "next/link";

const EXPLANATIONS = {
  invalid: ["This link does not work", "It may have been copied incompletely. Open it again from the email."],
  expired: ["This link has expired", "Links in our emails work for a limited time. Ask again from the newsletter page to get a new one."],
  used: ["This link has already been used", "It no longer changes anything."],
  "wrong-kind": ["This link does not work", "It was made for a different request. Open it again from the email."],
} as const;

/** A clear page for a newsletter or privacy link that cannot be used, and what to do instead. */
export function NewsletterLinkProblem({ problem }: { problem: keyof typeof EXPLANATIONS }) {
  const [title, text] = EXPLANATIONS[problem];
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p>{text}</p>
      <p>
        <Link href="/newsletter" className="underline">
          Go to the newsletter page
        </Link>
      </p>
    </div>
  );
}
