"use server";

import { revalidatePath } from "next/cache";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import { saveSiteSettings, SiteSettingsSchema } from "@/lib/features/site";

export const saveSiteSettingsAction = organizerAction(SiteSettingsSchema, () => async ({ organizer, input }) => {
  await saveSiteSettings(organizer, input);
  revalidatePath("/", "layout");
  return { status: "success", message: "Saved. Every page and new email uses the new settings." };
});
