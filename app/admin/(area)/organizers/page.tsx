import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { listOrganizers } from "@/lib/features/organizers/reads";
import { addOrganizerAction, revokeOrganizerAction } from "./actions";
import { AddOrganizerForm, RevokeForm } from "./organizer-forms";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Organizers" };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function OrganizersPage() {
  const me = await requireOrganizer();
  const { fromEnvironment, added } = await listOrganizers();
  return (
    <div className="space-y-8">
      <PageHeading>Organizers</PageHeading>
      <p>Organizers sign in with a link emailed to them. Revoking someone takes effect on their next click.</p>
      <section aria-labelledby="env" className="space-y-2">
        <h2 id="env" className="text-xl font-semibold">
          From ORGANIZER_EMAILS
        </h2>
        <ul className="list-disc pl-6">
          {fromEnvironment.map((email) => (
            <li key={email}>{email}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="added" className="space-y-3">
        <h2 id="added" className="text-xl font-semibold">
          Added here
        </h2>
        {added.length === 0 ? (
          <p>Nobody yet.</p>
        ) : (
          <ul className="space-y-2">
            {added.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {o.email}
                  {o.name ? ` (${o.name})` : ""} · added by {o.addedBy} on {day.format(o.createdAt)}
                  {o.revokedAt ? ` · revoked by ${o.revokedBy} on ${day.format(o.revokedAt)}` : ""}
                </span>
                {o.email !== me.email && (
                  <RevokeForm action={revokeOrganizerAction} email={o.email} revoked={Boolean(o.revokedAt)} />
                )}
              </li>
            ))}
          </ul>
        )}
        <h3 className="text-lg font-semibold">Add an organizer</h3>
        <AddOrganizerForm action={addOrganizerAction} />
      </section>
    </div>
  );
}
