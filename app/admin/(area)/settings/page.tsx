import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { getSiteSettings } from "@/lib/features/site";
import { saveSiteSettingsAction } from "./actions";
import { SiteSettingsForm } from "./settings-form";

export const metadata = { title: "Site settings" };

export default async function SiteSettingsPage() {
  await requireOrganizer();
  const settings = await getSiteSettings();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Site settings</h1>
      <p>What makes this site your community&apos;s own: shown on every page and in every email.</p>
      <SiteSettingsForm action={saveSiteSettingsAction} initial={settings} />
    </div>
  );
}
