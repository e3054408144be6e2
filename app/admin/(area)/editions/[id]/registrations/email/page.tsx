import { notFound } from "next/navigation";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { editionHeader } from "@/lib/features/registration/reads";
import { emailByStatusAction } from "../actions";
import { EmailByStatusForm } from "../forms";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";

export const metadata = { title: "Email a group" };

type Props = { params: Promise<{ id: string }> };

export default async function EmailGroupPage({ params }: Props) {
  await requireOrganizer();
  const { id } = await params;
  const edition = await editionHeader(id);
  if (!edition) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href={`/admin/editions/${id}/registrations`}>Registrations</BackLink>
      <PageHeading>Email a group: {edition.city}</PageHeading>
      <p>Each person gets their own email, greeted by name, through the outbox.</p>
      <EmailByStatusForm action={emailByStatusAction.bind(null, id)} />
    </div>
  );
}
