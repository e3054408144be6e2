"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { audit } from "@/lib/admin/audit";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import type { FormState } from "@/lib/forms/action-state";
import { submittedValues, validatedAction } from "@/lib/forms/action-state";
import {
  createAnnouncement,
  sendAnnouncement,
  sendTestAnnouncement,
  updateAnnouncement,
} from "@/lib/services/announcements";
import { AnnouncementSchema } from "@/lib/validation/announcement";
import { count } from "@/lib/text/count";

/** Creates (id null) or updates a draft; every call checks the organizer first. */
export async function saveAnnouncementAction(
  id: string | null,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const organizer = await requireOrganizer();
  let savedId = id;
  const state = await validatedAction(AnnouncementSchema, async (input) => {
    if (id === null) {
      savedId = (await createAnnouncement(input)).id;
      await audit(organizer, "announcement.create", `announcement:${savedId}`, { subject: input.subject });
      return { status: "success" };
    }
    const outcome = await updateAnnouncement(id, input);
    if (!outcome.ok) {
      const message =
        outcome.problem === "already-sent"
          ? "This announcement has been sent and can no longer change."
          : "This announcement no longer exists.";
      return { status: "error", message, values: submittedValues(formData) };
    }
    await audit(organizer, "announcement.update", `announcement:${id}`, { subject: input.subject });
    return { status: "success", message: "Saved. The preview below shows what subscribers will get." };
  })(previous, formData);
  if (state.status === "success" && id === null) redirect(`/admin/announcements/${savedId}`);
  if (state.status === "success") revalidatePath(`/admin/announcements/${id}`);
  return state;
}

export async function sendTestAction(id: string, _previous: FormState): Promise<FormState> {
  const organizer = await requireOrganizer();
  const sent = await sendTestAnnouncement(id, { email: organizer.email });
  if (!sent) return { status: "error", message: "This announcement no longer exists." };
  await audit(organizer, "announcement.test_send", `announcement:${id}`);
  return { status: "success", message: `Test sent to ${organizer.email}.` };
}

export async function sendAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const organizer = await requireOrganizer();
  if (formData.get("checked") !== "on") {
    return {
      status: "error",
      message: "Tick the box to confirm you have checked the preview.",
      fieldErrors: { checked: ["Tick this box to send."] },
    };
  }
  await audit(organizer, "announcement.send", `announcement:${id}`);
  const outcome = await sendAnnouncement(id);
  if (!outcome.ok) return { status: "error", message: "This announcement no longer exists." };
  revalidatePath("/newsletter/archive");
  revalidatePath(`/admin/announcements/${id}`);
  return { status: "success", message: `Sent to ${count(outcome.recipients, "subscriber")}.` };
}
