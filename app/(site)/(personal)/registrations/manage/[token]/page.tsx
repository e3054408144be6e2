import { LinkProblem } from "@/components/site/link-problem";
import { RegistrationStatus } from "@/components/site/registration-status";
import { clock } from "@/lib/platform/clock";
import { readRegistrationLink, waitingListPosition } from "@/lib/features/registration/reads";
import { EXPERIENCE, INTERESTS } from "@/lib/features/registration";
import { editionDayOptions, formatDateRange } from "@/lib/platform/calendar/calendar";
import { AcceptOfferForm, AnswersForm, CancelForm } from "./manage-forms";
import { YourOutcomes } from "./your-outcomes";
import { YourCertificate } from "./your-certificate";
import { YourVisaLetter } from "./your-visa-letter";
import { RoomShares } from "./room-shares";
import { YourTables } from "./your-tables";
import { ReadyToSprint } from "./ready-to-sprint";
import { TravelGrant } from "./travel-grant";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";

export const metadata = { title: "Your registration", robots: { index: false } };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string; certificate?: string; visa?: string }>;
};

const DONE: Record<string, string> = {
  cancelled: "Your registration is cancelled. Thank you for freeing your place.",
  accepted: "The place is yours. We have emailed you the details.",
  "pull-request-added": "Added to what you worked on.",
  "pull-request-set-aside": "Set aside: we will not suggest it again.",
  "room-share-saved": "Your entry is on the room-share board.",
  "room-share-left": "You have left the room-share board.",
  "visa-letter-requested": "Your request for an invitation letter is sent: we will email you when it is ready.",
  "visa-letter-corrected": "Your request is corrected: an organizer will look at it again.",
};

export default async function ManagePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { done, certificate, visa } = await searchParams;
  const now = clock().now();
  const found = await readRegistrationLink(token, "manage", now);
  if (!found.ok) return <LinkProblem problem={found.problem} />;
  const registration = found.registration;
  const { edition } = registration;
  const position =
    registration.status === "waitlisted" && registration.waitlistNumber
      ? await waitingListPosition(edition.id, registration.waitlistNumber)
      : undefined;
  const active = ["pending", "confirmed", "waitlisted", "offered", "applied"].includes(registration.status);
  const days = editionDayOptions(edition.startsOn, edition.endsOn);
  const initial = {
    name: registration.name,
    city: registration.city,
    country: registration.country,
    affiliation: registration.affiliation ?? "",
    experience: registration.experience,
    interests: registration.interests,
    hopes: registration.hopes ?? "",
    days: registration.days,
    dietary: registration.dietary ?? "",
    accessibility: registration.accessibility ?? "",
    afternoonActivities: registration.afternoonActivities ? "on" : "",
    publicListing: registration.publicListing ? "on" : "",
    canHelpSetUp: registration.canHelpSetUp ? "on" : "",
    githubUsername: registration.githubUsername ?? "",
  };

  const answers: [string, string][] = [
    ["Name", registration.name],
    ["Email", registration.email],
    ["From", `${registration.city}, ${registration.country}`],
    ["Affiliation", registration.affiliation ?? "—"],
    ["Contributions so far", EXPERIENCE[registration.experience as keyof typeof EXPERIENCE] ?? registration.experience],
    ["Interests", registration.interests.map((i) => INTERESTS[i as keyof typeof INTERESTS] ?? i).join(", ") || "—"],
    ["GitHub username", registration.githubUsername ?? "—"],
    ["Hopes to work on", registration.hopes ?? "—"],
    ["Days", registration.days.map((day) => days[day] ?? day).join(", ")],
    ["Dietary requirements", registration.dietary ?? "—"],
    ["Accessibility needs", registration.accessibility ?? "—"],
    ["Afternoon activities", registration.afternoonActivities ? "Interested" : "Not this time"],
    ["Public attendee list", registration.publicListing ? "Listed" : "Not listed"],
    ["Helping others set up", registration.canHelpSetUp ? "I can help" : "Not this time"],
  ];

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href={`/editions/${edition.slug}`}>{edition.name}</BackLink>
      <PageHeading>Your registration</PageHeading>
      <p>
        {edition.name}, {formatDateRange(edition.startsOn, edition.endsOn)}.
      </p>
      {done && DONE[done] && (
        <p role="status" className="font-semibold">
          {DONE[done]}
        </p>
      )}
      <RegistrationStatus registration={registration} position={position} />
      {registration.status === "offered" && <AcceptOfferForm token={token} />}
      <YourCertificate
        token={token}
        registrationId={registration.id}
        edition={edition}
        now={now}
        problem={certificate}
      />
      <YourVisaLetter token={token} registration={registration} edition={edition} problem={visa} />
      {registration.status === "confirmed" && (
        <p>
          <a className="underline" href={`/editions/${edition.slug}/calendar.ics`}>
            Add the sprint mornings to your calendar
          </a>
        </p>
      )}
      {["confirmed", "waitlisted", "offered"].includes(registration.status) && (
        <ReadyToSprint token={token} registrationId={registration.id} />
      )}
      <TravelGrant token={token} registrationId={registration.id} editionId={edition.id} active={active} />
      {registration.status === "confirmed" && (
        <YourTables editionId={edition.id} registrationId={registration.id} days={days} />
      )}
      {registration.status === "confirmed" && (
        <section
          aria-labelledby="ticket-board"
          className="space-y-2 rounded-xl border border-sand-200 p-5 dark:border-sea-800"
        >
          <h2 id="ticket-board" className="text-xl font-semibold">
            Ticket board
          </h2>
          <p>
            <a className="underline" href={`/registrations/manage/${token}/board`}>
              See the tickets for the sprint mornings and claim one
            </a>
            , for yourself or for your table.
          </p>
        </section>
      )}
      {registration.status === "confirmed" && (
        <RoomShares token={token} registrationId={registration.id} edition={edition} />
      )}
      {registration.status === "confirmed" && (
        <YourOutcomes
          token={token}
          registrationId={registration.id}
          editionId={edition.id}
          editionName={edition.name}
        />
      )}
      <section aria-labelledby="answers" className="space-y-3">
        <h2 id="answers" className="text-xl font-semibold">
          Your answers
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {answers.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {active && <AnswersForm token={token} initial={initial} days={days} />}
      {active && (
        <CancelForm
          token={token}
          label={
            registration.status === "confirmed" || registration.status === "offered"
              ? "Release my place"
              : "Cancel my registration"
          }
        />
      )}
    </div>
  );
}
