"use server";

import { revalidatePath } from "next/cache";
import { organizerAction } from "@/lib/forms/organizer-action";
import { saveSiteSettings } from "@/lib/services/site-settings";
import { SiteSettingsSchema } from "@/lib/validation/site-settings";

export const saveSiteSettingsAction = organizerAction(SiteSettingsSchema, () => async ({ organizer, input }) => {
  await saveSiteSettings(organizer, input);
  revalidatePath("/", "layout");
  return { status: "success", message: "Saved. Every page and new email uses the new settings." };
});
