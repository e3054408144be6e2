import nodemailer from "nodemailer";
import type { Clock } from "../clock";
import type { Db } from "../db";
import { toNodemailer, type MailTransport } from "./transport";

/**
 * Where mail goes when no SMTP relay is configured: nodemailer builds the real MIME message,
 * and it is stored for /dev/mailbox to show, so a newcomer can follow links without a mail server.
 */
export function devMailboxTransport(db: Db, clock: Clock): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const info = await builder.sendMail(toNodemailer(mail));
      await db.devMailboxMessage.create({
        data: {
          messageId: mail.messageId,
          toAddress: mail.to.email,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          raw: (info.message as Buffer).toString("utf8"),
          receivedAt: clock.now(),
        },
      });
    },
    close: () => builder.close(),
  };
}
