import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { saveAnnouncementAction } from "../actions";
import { AnnouncementForm } from "../announcement-form";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "New announcement" };

export default async function NewAnnouncementPage() {
  await requireOrganizer();
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading>New announcement</PageHeading>
      <p>Save a draft first: you then see the preview, can send yourself a test, and send it to subscribers.</p>
      <AnnouncementForm action={saveAnnouncementAction.bind(null, null)} submitLabel="Save draft and preview" />
    </div>
  );
}
