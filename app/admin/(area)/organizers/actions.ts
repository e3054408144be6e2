"use server";

import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import type { FormState } from "@/lib/forms/action-state";
import { submittedValues, validatedAction } from "@/lib/forms/action-state";
import { addOrganizer } from "@/lib/services/add-organizer";
import { revokeOrganizer } from "@/lib/services/revoke-organizer";
import { OrganizerSchema } from "@/lib/validation/organizer";
import { EmailSchema } from "@/lib/validation/email";

export async function addOrganizerAction(previous: FormState, formData: FormData): Promise<FormState> {
  const organizer = await requireOrganizer();
  return validatedAction(OrganizerSchema, async (input) => {
    const outcome = await addOrganizer(organizer, input);
    if (!outcome.ok) return { status: "error", message: outcome.message, values: submittedValues(formData) };
    revalidatePath("/admin/organizers");
    return { status: "success", message: `${input.email} can now sign in.` };
  })(previous, formData);
}

export async function revokeOrganizerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const organizer = await requireOrganizer();
  const email = EmailSchema.safeParse(formData.get("email"));
  if (!email.success) return { status: "error", message: "That is not an organizer's address." };
  const outcome = await revokeOrganizer(organizer, email.data);
  if (!outcome.ok) return { status: "error", message: outcome.message };
  revalidatePath("/admin/organizers");
  return { status: "success", message: `${email.data} can no longer use the admin.` };
}
