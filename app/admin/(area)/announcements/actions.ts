"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import {
  createAnnouncement,
  sendAnnouncement,
  sendTestAnnouncement,
  updateAnnouncement,
  AnnouncementSchema,
  ANNOUNCEMENT_PROBLEMS,
} from "@/lib/features/newsletter";
import { count } from "@/lib/platform/text/count";

/** Creates (id null) or updates a draft. */
export const saveAnnouncementAction = organizerAction(
  AnnouncementSchema,
  (id: string | null) =>
    async ({ organizer, input }) => {
      if (id === null) {
        const savedId = (await createAnnouncement(organizer, input)).id;
        redirect(`/admin/announcements/${savedId}`);
      }
      const outcome = await updateAnnouncement(organizer, id, input);
      if (!outcome.ok) return { status: "error", message: ANNOUNCEMENT_PROBLEMS[outcome.problem] };
      revalidatePath(`/admin/announcements/${id}`);
      return { status: "success", message: "Saved. The preview below shows what subscribers will get." };
    },
);

export const sendTestAction = organizerAction(null, (id: string) => async ({ organizer }) => {
  const sent = await sendTestAnnouncement(organizer, id);
  if (!sent) return { status: "error", message: ANNOUNCEMENT_PROBLEMS["not-found"] };
  return { status: "success", message: `Test sent to ${organizer.email}.` };
});

export const sendAction = organizerAction(null, (id: string) => async ({ organizer, formData }) => {
  if (formData.get("checked") !== "on") {
    return {
      status: "error",
      message: "Tick the box to confirm you have checked the preview.",
      fieldErrors: { checked: ["Tick this box to send."] },
    };
  }
  const outcome = await sendAnnouncement(organizer, id);
  if (!outcome.ok) return { status: "error", message: ANNOUNCEMENT_PROBLEMS[outcome.problem] };
  revalidatePath("/newsletter/archive");
  revalidatePath("/newsletter/feed.xml");
  revalidatePath(`/admin/announcements/${id}`);
  return { status: "success", message: `Sent to ${count(outcome.recipients, "subscriber")}.` };
});
