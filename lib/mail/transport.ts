import net from "node:net";
import nodemailer from "nodemailer";
import type { Attachment } from "./enqueue";

export type OutgoingMail = {
  messageId: string;
  from: string;
  to: { email: string; name?: string | null };
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: Attachment[];
  /** Set only for the room-share relay (see enqueueEmail). */
  replyTo?: string | null;
};

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Why a delivery failed, and whether trying again could help. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

/** 5xx replies are final; 4xx replies, timeouts and refused connections are worth retrying. */
export function classifyFailure(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const { responseCode, code, message } = error as { responseCode?: number; code?: string; message?: string };
  const permanent =
    (responseCode !== undefined && responseCode >= 500 && responseCode < 600) ||
    (code === "EENVELOPE" && responseCode === undefined);
  const reason = [code, responseCode, message].filter(Boolean).join(" ").slice(0, 500);
  return new DeliveryError(reason || String(error), permanent);
}

export function toNodemailer(mail: OutgoingMail): nodemailer.SendMailOptions {
  return {
    messageId: mail.messageId,
    from: mail.from,
    to: mail.to.name ? { name: mail.to.name, address: mail.to.email } : mail.to.email,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    headers: mail.headers,
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    attachments: mail.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
      encoding: a.encoding ?? "utf8",
    })),
    // The row was checked when queued; never let a header carry a second recipient.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

type SocketCallback = (error: Error | null, options?: { connection: net.Socket }) => void;

/**
 * Opens the TCP connection with Nagle's algorithm off. SMTP is a chatty exchange of short
 * lines; with Nagle on, each message waits on the relay's delayed ACK (about 40 ms a message,
 * measured: 45 ms against 2 ms). nodemailer still does TLS (smtps, STARTTLS) on this socket.
 */
function connectWithoutNagle(host: string, port: number, timeoutMs = 10_000) {
  return (_options: unknown, callback: SocketCallback) => {
    const socket = net.connect({ host, port, noDelay: true });
    const fail = (error: Error) => {
      socket.destroy();
      callback(error);
    };
    socket.setTimeout(timeoutMs, () => fail(Object.assign(new Error("connection timed out"), { code: "ETIMEDOUT" })));
    socket.once("error", fail);
    socket.once("connect", () => {
      socket.setTimeout(0);
      socket.removeListener("error", fail);
      callback(null, { connection: socket });
    });
  };
}

/** Longer than any relay takes to accept one message; past it the send counts as failed. */
const SEND_TIMEOUT_MS = 60_000;
const CONNECTION_PROBLEMS = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNECTION",
  "ESOCKET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * A real SMTP relay, pooled; TLS certificates are verified (nodemailer's default). After a
 * connection problem the pool is replaced: nodemailer's pool stops answering (sends never
 * settle) after a few failed connections in a row, which would stall delivery for good.
 */
export function smtpTransport(url: string, { sendTimeoutMs = SEND_TIMEOUT_MS } = {}): MailTransport {
  const parsed = new URL(url);
  if (!parsed.searchParams.has("pool")) parsed.searchParams.set("pool", "true");
  const port = Number(parsed.port) || (parsed.protocol === "smtps:" ? 465 : 587);
  const create = () => {
    const transporter = nodemailer.createTransport(parsed.toString());
    // nodemailer's documented hook for supplying the socket (its types omit it).
    (transporter as unknown as { getSocket: ReturnType<typeof connectWithoutNagle> }).getSocket = connectWithoutNagle(
      parsed.hostname,
      port,
    );
    return transporter;
  };
  let transporter = create();
  const replace = (broken: nodemailer.Transporter) => {
    if (transporter !== broken) return;
    broken.close();
    transporter = create();
  };
  return {
    async send(mail) {
      const current = transporter;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              Object.assign(new Error(`no answer from the relay within ${sendTimeoutMs / 1000} s`), {
                code: "ETIMEDOUT",
              }),
            ),
          sendTimeoutMs,
        );
      });
      try {
        await Promise.race([current.sendMail(toNodemailer(mail)), timeout]);
      } catch (error) {
        if (CONNECTION_PROBLEMS.has((error as { code?: string }).code ?? "")) replace(current);
        throw classifyFailure(error);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => transporter.close(),
  };
}
