import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegistrationForm } from "@/components/site/registration-form";
import { clock } from "@/lib/platform/clock";
import { getPublishedEdition } from "@/lib/features/editions/reads";
import { editionDayOptions, formatDateRange } from "@/lib/platform/calendar/calendar";
import { deadlineText, registrationWindow } from "@/lib/features/registration";
import { registerAction } from "./actions";
import { grantsOpenAt } from "@/lib/features/travel-grants/reads";
import { SampleBanner } from "@/components/site/sample-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await getPublishedEdition((await params).slug);
  return { title: edition ? `Register for ${edition.city}` : "Edition not found", robots: { index: false } };
}

export default async function RegisterPage({ params }: Props) {
  const { slug } = await params;
  const edition = await getPublishedEdition(slug);
  if (!edition) notFound();
  const open = registrationWindow(edition, clock().now()) === "open";
  const days = editionDayOptions(edition.startsOn, edition.endsOn);
  const application =
    edition.selection === "by_application"
      ? {
          question: edition.applicationQuestion,
          deadline: edition.applicationDeadline ? deadlineText(edition.applicationDeadline, edition.timeZone) : null,
        }
      : undefined;
  const travelGrants = open && (await grantsOpenAt(edition.id));

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href={`/editions/${slug}`}>{edition.name}</BackLink>
      <SampleBanner edition={edition} />
      <PageHeading>
        {application ? "Apply" : "Register"} for {edition.city}
      </PageHeading>
      {application ? (
        <p>
          {formatDateRange(edition.startsOn, edition.endsOn)} · sprinting 8:00–14:00 with breakfast. Places at this
          edition are given by application, and taking part is free. After you submit, we email you a link to confirm
          your address; that sends your application. Nobody holds a place yet: you will hear from us
          {application.deadline ? ` by ${application.deadline}` : " once applications close"}.
        </p>
      ) : (
        <p>
          {formatDateRange(edition.startsOn, edition.endsOn)} · sprinting 8:00–14:00 with breakfast. Registration is
          free. After you submit, we email you a link to confirm; your place is held once you confirm.
        </p>
      )}
      {open ? (
        <RegistrationForm
          action={registerAction.bind(null, slug)}
          days={days}
          application={application}
          travelGrants={travelGrants}
        />
      ) : (
        <p className="rounded-xl bg-sand-100 p-5 dark:bg-sea-900">Registration for this edition is not open.</p>
      )}
    </div>
  );
}
