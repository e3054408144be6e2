"use server";

import { revalidatePath } from "next/cache";
import { describeOrganizerProblem, addOrganizer, revokeOrganizer, OrganizerSchema } from "@/lib/features/organizers";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import { EmailSchema } from "@/lib/platform/validation/email";

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
