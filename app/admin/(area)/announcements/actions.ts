"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { audit } from "@/lib/features/organizers";
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
        const savedId = (await createAnnouncement(input)).id;
        await audit(organizer, "announcement.create", `announcement:${savedId}`, { subject: input.subject });
        redirect(`/admin/announcements/${savedId}`);
      }
      const outcome = await updateAnnouncement(id, input);
      if (!outcome.ok) return { status: "error", message: ANNOUNCEMENT_PROBLEMS[outcome.problem] };
      await audit(organizer, "announcement.update", `announcement:${id}`, { subject: input.subject });
      revalidatePath(`/admin/announcements/${id}`);
      return { status: "success", message: "Saved. The preview below shows what subscribers will get." };
    },
);

export const sendTestAction = organizerAction(null, (id: string) => async ({ organizer }) => {
  const sent = await sendTestAnnouncement(id, { email: organizer.email });
  if (!sent) return { status: "error", message: ANNOUNCEMENT_PROBLEMS["not-found"] };
  await audit(organizer, "announcement.test_send", `announcement:${id}`);
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
  await audit(organizer, "announcement.send", `announcement:${id}`);
  const outcome = await sendAnnouncement(id);
  if (!outcome.ok) return { status: "error", message: ANNOUNCEMENT_PROBLEMS[outcome.problem] };
  revalidatePath("/newsletter/archive");
  revalidatePath("/newsletter/feed.xml");
  revalidatePath(`/admin/announcements/${id}`);
  return { status: "success", message: `Sent to ${count(outcome.recipients, "subscriber")}.` };
});
