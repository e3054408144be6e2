import { notFound } from "next/navigation";
import { RoomCompositionView } from "@/components/applications/room-composition";
import { ReviewForm } from "@/components/applications/review-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { clock } from "@/lib/platform/clock";
import { ApplicationFilterSchema, describeDecision, REVIEW_STATUSES } from "@/lib/features/applications";
import { applicationsReview, namesOf, reviewDates, reviewEdition } from "@/lib/features/applications/reads";
import { deadlineText, INTERESTS, STATUS_LABELS, VISA_DECISION_LEAD_DAYS } from "@/lib/features/registration";
import { decideApplicationsAction } from "./actions";

export const metadata = { title: "Applications" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const day = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone }).format(at);

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: [string, string][];
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-medium">{label}</span>
      <select
        name={name}
        defaultValue={value ?? ""}
        className="rounded border border-sea-700 bg-white p-2 text-sea-950"
      >
        <option value="">Any</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Selection by application: the applications, filtered and marked, and the room they would make. */
export default async function ApplicationsPage({ params, searchParams }: Props) {
  await requireOrganizer();
  const { id } = await params;
  const edition = await reviewEdition(id);
  if (!edition) notFound();
  const back = (
    <p>
      <a className="underline" href={`/admin/editions/${id}`}>
        ← {edition.name}
      </a>
    </p>
  );
  // A first-come edition has no applications to review: no filters, no decisions to offer.
  if (edition.selection !== "by_application") {
    return (
      <div className="space-y-8">
        {back}
        <PageHeading>Applications: {edition.name}</PageHeading>
        <p>
          This edition gives its places first come. Choose &ldquo;By application&rdquo; in its form to review
          applications.
        </p>
      </div>
    );
  }
  const query = await searchParams;
  const filter = ApplicationFilterSchema.parse(query);
  const now = clock().now();
  const { applicants, total, countries, seats, room, markedCount } = await applicationsReview(id, filter, now);
  const dates = reviewDates(edition, now);
  const { mark: _mark, done, decided: decidedIds, refused: refusedIds, ...filters } = filter;
  let notice: { text: string; refused: boolean } | undefined;
  if (done) {
    const names = await namesOf(id, [...decidedIds, ...refusedIds.map((r) => r.id)]);
    const nameOf = (personId: string) => names.get(personId)?.name ?? "someone no longer here";
    const decided = decidedIds.map((personId) => ({
      name: nameOf(personId),
      ...(done === "waitlist" ? { position: names.get(personId)?.waitlistNumber ?? undefined } : {}),
    }));
    const refused = refusedIds.map((r) => ({ ...r, name: nameOf(r.id) }));
    notice = { text: describeDecision(done, decided, refused), refused: refused.length > 0 };
  }
  return (
    <div className="space-y-8">
      {back}
      <PageHeading>Applications: {edition.name}</PageHeading>
      <div className="space-y-2">
        <p>
          {edition.applicationDeadline
            ? `Applications close on ${deadlineText(edition.applicationDeadline, edition.timeZone)}.`
            : "No deadline is set."}{" "}
          {dates.beforeDeadline
            ? "Until then only people who need a visa letter can be decided (early decisions), and only accepted or declined: nobody is put on the waiting list before the deadline."
            : "The deadline has passed: anyone can be decided."}
        </p>
        <p>
          Last useful date for early decisions (visa letters, {VISA_DECISION_LEAD_DAYS / 7} weeks before the first day):{" "}
          <strong>{day(dates.lastUsefulVisaDecision, edition.timeZone)}</strong>. Accepted people have{" "}
          {edition.acceptDays} days to confirm, from when their email is sent. After the deadline a free place goes to
          the head of the waiting list at once: accept first, then waitlist.
        </p>
      </div>
      <form method="get" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-4" aria-label="Filter the applications">
        <Select
          name="status"
          label="Status"
          value={filter.status}
          options={REVIEW_STATUSES.map((status) => [
            status,
            status === "offered" ? "Accepted, to confirm" : STATUS_LABELS[status],
          ])}
        />
        <Select
          name="firstTimer"
          label="First-timer"
          value={filter.firstTimer}
          options={[
            ["yes", "First-timers"],
            ["no", "Experienced"],
          ]}
        />
        <Select name="interest" label="Area of interest" value={filter.interest} options={Object.entries(INTERESTS)} />
        <Select name="country" label="Country" value={filter.country} options={countries.map((c) => [c, c])} />
        <Select
          name="visa"
          label="Visa letter"
          value={filter.visa}
          options={[
            ["yes", "Needs one"],
            ["no", "Does not"],
          ]}
        />
        <Select
          name="grant"
          label="Travel grant"
          value={filter.grant}
          options={[
            ["yes", "Asked for a grant"],
            ["no", "Did not"],
          ]}
        />
        <div className="flex items-end">
          <button type="submit" className="rounded-lg border-2 border-sea-700 px-4 py-2 font-semibold">
            Filter
          </button>
        </div>
      </form>
      {total > applicants.length && (
        <p role="status" className="font-semibold">
          Showing {applicants.length} of {total}: narrow the filters to see the others.
        </p>
      )}
      {/* A new address (a preview, a decision) is a new form: the boxes show its marks, not the last ones ticked. */}
      <ReviewForm
        key={JSON.stringify(query)}
        action={decideApplicationsAction.bind(null, id)}
        rows={applicants}
        filters={filters}
        beforeDeadline={dates.beforeDeadline}
        notice={notice}
      />
      <RoomCompositionView
        room={room}
        capacity={seats.capacity}
        taken={seats.taken}
        waiting={seats.waiting}
        marked={markedCount}
      />
    </div>
  );
}
