"use server";

import { revalidatePath } from "next/cache";
import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import {
  changeRegistration,
  emailByStatus,
  setCheckedIn,
  type AdminRegistrationAction,
  describeAdminChange,
  describeAdminProblem,
  StatusMessageSchema,
} from "@/lib/features/registration";

const ACTIONS = new Set<AdminRegistrationAction>(["confirm", "waitlist", "promote", "cancel"]);

export const changeRegistrationAction = organizerAction(
  null,
  (registrationId: string, action: AdminRegistrationAction) =>
    async ({ organizer }) => {
      if (!ACTIONS.has(action)) return { status: "error", message: "Unknown action." };
      const outcome = await changeRegistration(organizer, registrationId, action);
      publicPagesChanged();
      revalidatePath("/admin", "layout");
      return outcome.ok
        ? { status: "success", message: describeAdminChange(outcome) }
        : { status: "error", message: describeAdminProblem(outcome) };
    },
);

export const checkInAction = organizerAction(
  null,
  (registrationId: string, day: string, present: boolean) =>
    async ({ organizer }) => {
      const outcome = await setCheckedIn(organizer, registrationId, day, present);
      if (!outcome.ok) return { status: "error", message: describeAdminProblem(outcome) };
      revalidatePath("/admin", "layout");
      return { status: "success", message: present ? "Checked in." : "Check-in undone." };
    },
);

export const emailByStatusAction = organizerAction(
  StatusMessageSchema,
  (editionId: string) =>
    async ({ organizer, input: { status, subject, body } }) => {
      const sent = await emailByStatus(organizer, editionId, status, { subject, body });
      if (sent === 0) return { status: "error", message: "Nobody has that status: no email was sent." };
      return { status: "success", message: `Queued ${sent} emails.` };
    },
);
