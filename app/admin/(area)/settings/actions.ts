"use server";

import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import type { FormState } from "@/lib/forms/action-state";
import { validatedAction } from "@/lib/forms/action-state";
import { saveSiteSettings } from "@/lib/services/site-settings";
import { SiteSettingsSchema } from "@/lib/validation/site-settings";

export async function saveSiteSettingsAction(previous: FormState, formData: FormData): Promise<FormState> {
  const organizer = await requireOrganizer();
  return validatedAction(SiteSettingsSchema, async (input) => {
    await saveSiteSettings(organizer, input);
    revalidatePath("/", "layout");
    return { status: "success", message: "Saved. Every page and new email uses the new settings." };
  })(previous, formData);
}
