"use server";

import { revalidatePath } from "next/cache";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import { INVALID_FORM } from "@/lib/platform/forms/action-state";
import { saveSiteSettings, SiteSettingsSchema } from "@/lib/features/site";
import { SEALING_UNAVAILABLE } from "@/lib/features/visa-letters";
import { visaSealingAvailable } from "@/lib/features/visa-letters/reads";

export const saveSiteSettingsAction = organizerAction(SiteSettingsSchema, () => async ({ organizer, input }) => {
  const saved = await saveSiteSettings(organizer, input, undefined, { sealingAvailable: visaSealingAvailable() });
  if (!saved.ok)
    return { status: "error", message: INVALID_FORM, fieldErrors: { visaLettersEnabled: [SEALING_UNAVAILABLE] } };
  revalidatePath("/", "layout");
  return { status: "success", message: "Saved. Every page and new email uses the new settings." };
});
