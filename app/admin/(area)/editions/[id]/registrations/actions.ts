"use server";

import { revalidatePath } from "next/cache";
import { publicPagesChanged } from "@/lib/data/public-pages";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import type { FormState } from "@/lib/forms/action-state";
import { submittedValues, validatedAction } from "@/lib/forms/action-state";
import {
  changeRegistration,
  emailByStatus,
  setCheckedIn,
  type AdminRegistrationAction,
} from "@/lib/services/registration-admin";
import { StatusMessageSchema } from "@/lib/validation/message";

const ACTIONS = new Set<AdminRegistrationAction>(["confirm", "waitlist", "promote", "cancel"]);

export async function changeRegistrationAction(
  registrationId: string,
  action: AdminRegistrationAction,
  _previous: FormState,
): Promise<FormState> {
  const organizer = await requireOrganizer();
  if (!ACTIONS.has(action)) return { status: "error", message: "Unknown action." };
  const outcome = await changeRegistration(organizer, registrationId, action);
  publicPagesChanged();
  revalidatePath("/admin", "layout");
  return { status: outcome.ok ? "success" : "error", message: outcome.message };
}

export async function checkInAction(
  registrationId: string,
  day: string,
  present: boolean,
  _previous: FormState,
): Promise<FormState> {
  const organizer = await requireOrganizer();
  const outcome = await setCheckedIn(organizer, registrationId, day, present);
  if (!outcome.ok) return { status: "error", message: outcome.message };
  revalidatePath("/admin", "layout");
  return { status: "success", message: present ? "Checked in." : "Check-in undone." };
}

export async function emailByStatusAction(
  editionId: string,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const organizer = await requireOrganizer();
  return validatedAction(StatusMessageSchema, async ({ status, subject, body }) => {
    const sent = await emailByStatus(organizer, editionId, status, { subject, body });
    if (sent === 0)
      return {
        status: "error",
        message: "Nobody has that status: no email was sent.",
        values: submittedValues(formData),
      };
    return { status: "success", message: `Queued ${sent} emails.` };
  })(previous, formData);
}
