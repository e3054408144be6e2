import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { clock } from "@/lib/platform/clock";
import { SURVEY_PROBLEMS } from "@/lib/features/survey";
import { surveyByLink } from "@/lib/features/survey/reads";
import { answerSurveyAction } from "./actions";
import { SurveyForm } from "./survey-form";

export const metadata = { title: "How was the sprint?", robots: { index: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

const PROBLEM = { unknown: "link-unknown", used: "link-used", expired: "link-expired" } as const;

/** A personal survey link: opening it changes nothing; sending the form uses it. */
export default async function SurveyPage({ params, searchParams }: Props) {
  const { token } = await params;
  const survey = await surveyByLink(token, clock().now());
  if (survey.state !== "open") {
    const done = survey.state === "used" && Boolean((await searchParams).done);
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <PageHeading>{done ? "Thank you!" : "This survey link no longer works"}</PageHeading>
        <p role={done ? "status" : undefined}>
          {done
            ? "Your answer is in. The organizers read every one before planning the next edition."
            : SURVEY_PROBLEMS[PROBLEM[survey.state]]}
        </p>
        <p>
          <Link className="underline" href="/">
            Back to the home page
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <PageHeading>How was {survey.editionName}?</PageHeading>
      <p>
        A few questions, all optional. Your answer is stored without your name, your link or the time of day, unless you
        choose to add your name below. Organizers see the results once at least three people have answered. This link
        takes one answer.
      </p>
      <SurveyForm action={answerSurveyAction.bind(null, token)} questions={survey.questions} />
    </div>
  );
}
