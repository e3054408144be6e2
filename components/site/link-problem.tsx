import Link from "next/link";

const REGISTRATION = {
  invalid: [
    "This link does not work",
    "It may have been copied incompletely. Open it again from the email, or register again to get a new one.",
  ],
  expired: [
    "This link has expired",
    "Links in our emails work for a limited time. Register again from the edition's page to get a new one.",
  ],
  used: [
    "This link has already been used",
    "Your registration was already confirmed with it. The other link in our emails lets you see and manage your registration.",
  ],
  lapsed: [
    "This registration lapsed",
    "It was not confirmed in time and holds no place. Register again from the edition's page.",
  ],
  "edition-over": ["This edition is over", "Registration for it has ended."],
  "not-active": ["This registration is no longer active", "It was cancelled or has lapsed."],
  "no-offer": ["There is no offer to take", "This registration has no place offered to it right now."],
  "offer-expired": ["This offer has expired", "The place went to the next person on the waiting list."],
} as const;

const NEWSLETTER = {
  invalid: ["This link does not work", "It may have been copied incompletely. Open it again from the email."],
  expired: [
    "This link has expired",
    "Links in our emails work for a limited time. Ask again from the newsletter page to get a new one.",
  ],
  used: ["This link has already been used", "It no longer changes anything."],
  "wrong-kind": ["This link does not work", "It was made for a different request. Open it again from the email."],
} as const;

export type LinkProblemKind = keyof typeof REGISTRATION;
type Props =
  { flow?: "registration"; problem: LinkProblemKind } | { flow: "newsletter"; problem: keyof typeof NEWSLETTER };

/** A clear page for an emailed link that cannot be used, saying why and what to do instead. */
export function LinkProblem(props: Props) {
  const [title, text] = props.flow === "newsletter" ? NEWSLETTER[props.problem] : REGISTRATION[props.problem];
  const back =
    props.flow === "newsletter"
      ? { href: "/newsletter", label: "Go to the newsletter page" }
      : { href: "/", label: "Go to the home page" };
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p>{text}</p>
      <p>
        <Link href={back.href} className="underline">
          {back.label}
        </Link>
      </p>
    </div>
  );
}
