"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/platform/forms/public-action";
import { sendTestEmail } from "@/lib/features/site";
import { EmailSchema } from "@/lib/platform/validation/email";
import { mailboxIsOpen } from "./read";

export const sendTestEmailAction = publicAction(
  z.object({ email: EmailSchema }),
  () =>
    async ({ input: { email } }) => {
      if (!(await mailboxIsOpen())) notFound();
      await sendTestEmail(email);
      revalidatePath("/dev/mailbox");
      return {
        status: "success",
        message: `Queued a test message to ${email}. It appears below within a few seconds.`,
      };
    },
);
