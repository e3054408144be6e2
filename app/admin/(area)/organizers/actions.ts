"use server";

import { revalidatePath } from "next/cache";
import { describeOrganizerProblem } from "@/lib/auth/organizer-wording";
import { organizerAction } from "@/lib/forms/organizer-action";
import { addOrganizer } from "@/lib/services/add-organizer";
import { revokeOrganizer } from "@/lib/services/revoke-organizer";
import { EmailSchema } from "@/lib/validation/email";
import { OrganizerSchema } from "@/lib/validation/organizer";

export const addOrganizerAction = organizerAction(OrganizerSchema, () => async ({ organizer, input }) => {
  const outcome = await addOrganizer(organizer, input);
  if (!outcome.ok) return { status: "error", message: describeOrganizerProblem(outcome.problem, input.email) };
  revalidatePath("/admin/organizers");
  return { status: "success", message: `${input.email} can now sign in.` };
});

export const revokeOrganizerAction = organizerAction(null, () => async ({ organizer, formData }) => {
  const email = EmailSchema.safeParse(formData.get("email"));
  if (!email.success) return { status: "error", message: "That is not an organizer's address." };
  const outcome = await revokeOrganizer(organizer, email.data);
  if (!outcome.ok) return { status: "error", message: describeOrganizerProblem(outcome.problem, email.data) };
  revalidatePath("/admin/organizers");
  return { status: "success", message: `${email.data} can no longer use the admin.` };
});
