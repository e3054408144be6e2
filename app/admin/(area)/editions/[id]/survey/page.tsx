import { EditionLinks } from "@/components/admin/edition-links";
import { PublishForm } from "@/components/survey/publish-form";
import { QuestionsForm } from "@/components/survey/questions-form";
import { RatingChart } from "@/components/survey/rating-chart";
import { PageHeading } from "@/components/ui/page-heading";
import { SuccessNotice } from "@/components/ui/success-notice";
import { AGAIN_CHOICES, PUBLISH_FROM, SHOW_FROM } from "@/lib/features/survey";
import { surveyResults } from "@/lib/features/survey/reads";
import { organizerEdition } from "../organizer-edition";
import { publishSurveyFiguresAction, saveSurveyQuestionsAction, sendSurveyNowAction } from "./actions";
import { ActionButton } from "@/components/ui/action-button";

export const metadata = { title: "Survey" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

const sentAt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const RATING_LABELS = ["1 (poor)", "2", "3", "4", "5 (excellent)"];

/** The feedback survey of an edition: its questions, who was asked, the answers and what is published. */
export default async function SurveyAdminPage({ params, searchParams }: Props) {
  const { id, edition } = await organizerEdition(params);
  const survey = await surveyResults(id);
  const { saved } = await searchParams;
  return (
    <div className="space-y-6">
      <EditionLinks edition={edition} publicPages={[{ path: "/impact", label: "Public impact page" }]} />
      <PageHeading>Survey: {edition.city}</PageHeading>
      <p>
        The morning after the last day, everyone checked in on at least one day gets one email with their page (where
        their certificate is) and a personal survey link. Answers are anonymous unless a person adds their name, and
        carry no time finer than the day.
      </p>
      {saved && <SuccessNotice message={`Saved ${saved} questions.`} />}
      <section aria-labelledby="sending" className="space-y-2">
        <h2 id="sending" className="text-xl font-semibold">
          Invitations and answers
        </h2>
        <p>
          {survey.invitationsSentAt
            ? `Sent ${sentAt.format(survey.invitationsSentAt)} UTC to ${survey.invited} people.`
            : survey.invited > 0
              ? `Sending: ${survey.invited} people invited so far.`
              : "Not sent yet: the invitations leave the morning after the last day."}{" "}
          {survey.answered} answered
          {survey.rate !== null && ` (a response rate of ${survey.rate} %)`}.
        </p>
        <ActionButton
          action={sendSurveyNowAction.bind(null, id)}
          label={survey.invited > 0 ? "Invite those checked in since" : "Send the invitations now"}
          pendingLabel="Sending…"
        />
      </section>
      <section aria-labelledby="questions" className="space-y-3 rounded-xl border border-sand-200 p-4">
        <h2 id="questions" className="text-xl font-semibold">
          Questions
        </h2>
        {survey.invitationsSentAt || survey.invited > 0 ? (
          <>
            <p>The invitations have gone out, so the questions stay as they were asked:</p>
            <ol className="list-decimal space-y-1 pl-6">
              {survey.questions.map((question) => (
                <li key={question.id}>{question.prompt}</li>
              ))}
            </ol>
          </>
        ) : (
          <QuestionsForm
            key={survey.questions.map((question) => `${question.id}:${question.kind}:${question.prompt}`).join("|")}
            action={saveSurveyQuestionsAction.bind(null, id)}
            questions={survey.questions}
          />
        )}
      </section>
      <section aria-labelledby="results" className="space-y-5">
        <h2 id="results" className="text-xl font-semibold">
          Results
        </h2>
        {!survey.shown ? (
          <p>
            The answers show once {SHOW_FROM} people have answered, so that nobody&apos;s can be told apart (
            {survey.answered} so far).
          </p>
        ) : (
          <>
            <p>
              <a className="underline" href={`/admin/editions/${id}/survey/export.csv`} download>
                Download the answers (CSV)
              </a>
            </p>
            {survey.results.map((result, index) =>
              result.kind === "rating" ? (
                <RatingChart
                  key={result.question.id}
                  id={`result-${index}`}
                  title={result.question.prompt}
                  rows={result.counts.map((count, at) => ({ label: RATING_LABELS[at]!, count }))}
                  summary={
                    result.average === null
                      ? "Nobody answered this one."
                      : `Average ${result.average} of 5 (${result.answered} answers).`
                  }
                />
              ) : result.kind === "again" ? (
                <RatingChart
                  key={result.question.id}
                  id={`result-${index}`}
                  title={result.question.prompt}
                  rows={Object.entries(AGAIN_CHOICES).map(([choice, label]) => ({
                    label,
                    count: result.counts[choice as keyof typeof AGAIN_CHOICES],
                  }))}
                  summary={`${result.answered} answers.`}
                />
              ) : (
                <section key={result.question.id} aria-labelledby={`result-${index}`} className="space-y-2">
                  <h3 id={`result-${index}`} className="text-lg font-semibold">
                    {result.question.prompt}
                  </h3>
                  {result.texts.length === 0 ? (
                    <p>Nobody answered this one.</p>
                  ) : (
                    <ul className="list-disc space-y-1 pl-6">
                      {result.texts.map((text, at) => (
                        <li key={at} className="whitespace-pre-line">
                          {text}
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              ),
            )}
            {survey.named.length > 0 && (
              <p>
                Added their name: {survey.named.join(", ")}. Their answers are erased with them; the others identify
                nobody.
              </p>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="publishing" className="space-y-3 rounded-xl border border-sand-200 p-4">
        <h2 id="publishing" className="text-xl font-semibold">
          Publishing
        </h2>
        {survey.canPublish ? (
          <PublishForm
            action={publishSurveyFiguresAction.bind(null, id)}
            averages={survey.publishAverages}
            responseRate={survey.publishResponseRate}
          />
        ) : (
          <p>
            Figures can be published on the impact page once {PUBLISH_FROM} people have answered ({survey.answered} so
            far).
          </p>
        )}
      </section>
    </div>
  );
}
