import { clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { env } from "../../platform/env";
import { enqueueEmail, nudgeMailWorker } from "../../platform/mail";
import { getSiteSettings } from "./load";

/** Sends a sample message, so a person can see how the site's mail looks and that it arrives. */
export async function sendTestEmail(email: string): Promise<void> {
  await enqueueEmail(
    db(),
    {
      template: "notice",
      data: {
        subject: `A test message from ${(await getSiteSettings()).name}`,
        paragraphs: [
          "This message was sent from the dev mailbox to show how the site's email looks.",
          "The button below is a real link back to the site.",
        ],
        action: { label: "Open the site", url: env().siteUrl },
      },
      to: { email },
    },
    clock(),
  );
  nudgeMailWorker();
}
