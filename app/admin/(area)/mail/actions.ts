"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import { nudgeMailWorker } from "@/lib/platform/mail";
import { describeResendProblem } from "@/lib/features/site/reads";
import { sendFailedMailAgain } from "@/lib/features/site";

const MessageId = z.string().min(1).max(100);

export const sendAgainAction = organizerAction(null, () => async ({ organizer, formData }) => {
  const id = MessageId.safeParse(formData.get("id"));
  if (!id.success) return { status: "error", message: describeResendProblem("not-failed") };
  const outcome = await sendFailedMailAgain(organizer, id.data);
  if (!outcome.ok) return { status: "error", message: describeResendProblem(outcome.problem) };
  nudgeMailWorker();
  revalidatePath("/admin/mail");
  return { status: "success", message: "Queued again: it goes out with the next round of mail." };
});
