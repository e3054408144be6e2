import { getSiteSettings } from "@/lib/features/site";
import { proposeToHostAction } from "./actions";
import { HostForm } from "./host-form";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata() {
  const site = await getSiteSettings();
  return { title: "Host the next edition", description: `Propose your town as the home of a future ${site.name}.` };
}

export default async function HostPage() {
  const site = await getSiteSettings();
  return (
    <div className="space-y-6">
      <PageHeading>Host the next edition</PageHeading>
      <p className="max-w-2xl text-lg">
        Can you see the sea from home? {site.name} moves around: three mornings of Django sprinting with breakfast,
        afternoons free for the beach and the coast, off-season. Tell us about your town; the organizers read every
        proposal.
      </p>
      <HostForm action={proposeToHostAction} />
    </div>
  );
}
