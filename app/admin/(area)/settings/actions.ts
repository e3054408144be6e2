"use server";

import { revalidatePath } from "next/cache";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import { saveSiteSettings } from "@/lib/features/site/save-site-settings";
import { SiteSettingsSchema } from "@/lib/features/site/schemas";

export const saveSiteSettingsAction = organizerAction(SiteSettingsSchema, () => async ({ organizer, input }) => {
  await saveSiteSettings(organizer, input);
  revalidatePath("/", "layout");
  return { status: "success", message: "Saved. Every page and new email uses the new settings." };
});
