import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { getSiteSettings } from "@/lib/features/site";
import { SEALING_UNAVAILABLE } from "@/lib/features/visa-letters";
import { visaSealingAvailable } from "@/lib/features/visa-letters/reads";
import { saveSiteSettingsAction } from "./actions";
import { SiteSettingsForm } from "./settings-form";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Site settings" };

export default async function SiteSettingsPage() {
  await requireOrganizer();
  const settings = await getSiteSettings();
  return (
    <div className="space-y-6">
      <PageHeading>Site settings</PageHeading>
      <p>What makes this site your community&apos;s own: shown on every page and in every email.</p>
      <SiteSettingsForm
        action={saveSiteSettingsAction}
        initial={{ ...settings, visaLettersEnabled: settings.visaLettersEnabled ? "on" : "" }}
        sealingProblem={visaSealingAvailable() ? null : SEALING_UNAVAILABLE}
      />
    </div>
  );
}
