import Link from "next/link";
import { NEWSLETTER_LINK_PROBLEMS, type NewsletterLinkProblem } from "@/lib/features/newsletter";
import { LINK_PROBLEMS, type LinkProblem as RegistrationLinkProblem } from "@/lib/features/registration";
import { PageHeading } from "@/components/ui/page-heading";

type Props =
  { flow?: "registration"; problem: RegistrationLinkProblem } | { flow: "newsletter"; problem: NewsletterLinkProblem };

/** A clear page for an emailed link that cannot be used, saying why and what to do instead. */
export function LinkProblem(props: Props) {
  const [title, text] =
    props.flow === "newsletter" ? NEWSLETTER_LINK_PROBLEMS[props.problem] : LINK_PROBLEMS[props.problem];
  const back =
    props.flow === "newsletter"
      ? { href: "/newsletter", label: "Go to the newsletter page" }
      : { href: "/", label: "Go to the home page" };
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeading>{title}</PageHeading>
      <p>{text}</p>
      <p>
        <Link href={back.href} className="underline">
          {back.label}
        </Link>
      </p>
    </div>
  );
}
