import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { saveEditionAction } from "../actions";
import { EditionForm } from "../edition-form";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "New edition" };

const BLANK = {
  timeZone: "Europe/Rome",
  capacity: "30",
  country: "Italy",
  outcomeRepositories: "django/django",
  selection: "first_come",
  acceptDays: "7",
};

export default async function NewEditionPage() {
  await requireOrganizer();
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeading>New edition</PageHeading>
      <p>It stays unpublished (only organizers see it) until you publish it.</p>
      <EditionForm
        action={saveEditionAction.bind(null, null)}
        initial={BLANK}
        sponsorSlots={3}
        submitLabel="Create edition"
      />
    </div>
  );
}
