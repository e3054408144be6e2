import { notFound } from "next/navigation";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { registrationDetail } from "@/lib/features/registration/reads";
import { STATUS_LABELS, EXPERIENCE, INTERESTS, VERDICT_LABELS } from "@/lib/features/registration";
import { changeRegistrationAction } from "../actions";
import { ActionButton } from "@/components/ui/action-button";
import { removeFromRoomSharesAction } from "../../room-shares/actions";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";

export const metadata = { title: "Registration" };

type Props = { params: Promise<{ id: string; registrationId: string }> };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function RegistrationDetailPage({ params }: Props) {
  await requireOrganizer();
  const { id, registrationId } = await params;
  const r = await registrationDetail(registrationId);
  if (!r || r.edition.id !== id) notFound();
  const answers: [string, string][] = [
    ["Email", r.email],
    ["From", `${r.city}, ${r.country}`],
    ["Affiliation", r.affiliation ?? "–"],
    ["Experience", EXPERIENCE[r.experience as keyof typeof EXPERIENCE] ?? r.experience],
    ["Interests", r.interests.map((i) => INTERESTS[i as keyof typeof INTERESTS] ?? i).join(", ") || "–"],
    ["Hopes to work on", r.hopes ?? "–"],
    ["Days", r.days.join(", ")],
    ["Dietary", r.dietary ?? "–"],
    ["Accessibility", r.accessibility ?? "–"],
    ["Afternoon activities", r.afternoonActivities ? "Yes" : "No"],
    ["On the public list", r.publicListing ? "Yes" : "No"],
    ["Can help others set up", r.canHelpSetUp ? "Yes" : "No"],
    [
      "Test suite",
      `${VERDICT_LABELS[r.sprintReadiness?.testRun ?? "none"]}${r.sprintReadiness?.ranLine ? ` (${r.sprintReadiness.ranLine})` : ""}`,
    ],
    ["Registered", `${when.format(r.createdAt)} UTC`],
    ["Checked in", r.checkIns.map((c) => c.day).join(", ") || "–"],
  ];
  const actions = [
    ["confirm", "Confirm", ["pending"]],
    ["promote", "Give a place", ["waitlisted", "offered"]],
    ["waitlist", "Move to the waiting list", ["confirmed", "offered"]],
    ["cancel", "Cancel", ["pending", "applied", "confirmed", "waitlisted", "offered"]],
  ] as const;
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href={`/admin/editions/${id}/registrations`}>Registrations</BackLink>
      <PageHeading>{r.name}</PageHeading>
      <p className="text-lg">
        {STATUS_LABELS[r.status]}
        {r.status === "waitlisted" && r.waitlistNumber ? ` (queue number ${r.waitlistNumber})` : ""}
      </p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {answers.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="whitespace-pre-wrap">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="actions" className="space-y-3">
        <h2 id="actions" className="text-xl font-semibold">
          Actions
        </h2>
        <p className="text-sm">
          Each sends the person the same email the public site would, and a freed place goes to the head of the waiting
          list.
        </p>
        <div className="flex flex-wrap gap-4">
          {actions
            .filter(([, , from]) => (from as readonly string[]).includes(r.status))
            .map(([action, label]) => (
              <ActionButton
                key={action}
                action={changeRegistrationAction.bind(null, registrationId, action)}
                label={label}
                pendingLabel="Working…"
              />
            ))}
        </div>
      </section>
      {(r.roomShare || r.roomShareRemovedAt) && (
        <section aria-labelledby="room-share" className="space-y-3">
          <h2 id="room-share" className="text-xl font-semibold">
            Room-share board
          </h2>
          {r.roomShareRemovedAt ? (
            <p>Removed from the board on {when.format(r.roomShareRemovedAt)} UTC; they cannot join again.</p>
          ) : (
            <>
              <p className="text-sm">
                {r.name} is on the board. Removing them takes their entry off for good and tells them by email; it is
                written to the audit log.
              </p>
              <ActionButton
                action={removeFromRoomSharesAction.bind(null, id, registrationId)}
                label={`Remove ${r.name} from the board`}
                pendingLabel="Removing…"
              />
            </>
          )}
        </section>
      )}
    </div>
  );
}
