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

/**
 * Why a delivery failed and what it means: `relay` is a fault of the relay or of our account
 * with it (no message could go out, so none is to blame), `message` a refusal of this message
 * for good, `retry` a passing refusal of this message. `render` is the site's own fault, found
 * before any send: the message's template is unknown, failed, or wrote no valid subject; it is
 * failed for good, as rendering again would give the same.
 */
export type FailureScope = "relay" | "message" | "retry" | "render";

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly scope: FailureScope,
  ) {
    super(message);
    this.name = "DeliveryError";
  }

  get permanent(): boolean {
    return this.scope === "message" || this.scope === "render";
  }
}

/** Stages of the SMTP session that come before any one message (nodemailer's `command`). */
const RELAY_STAGES = /^(CONN|EHLO|HELO|LHLO|STARTTLS|AUTH\b.*|MAIL FROM)$/;
/** Replies that speak of the relay or our login, whatever the stage: busy, TLS needed, login refused. */
const RELAY_REPLIES = new Set([421, 454, 530, 535]);
const RELAY_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNECTION",
  "ESOCKET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EDNS",
  "EPROTOCOL",
  "ETLS",
  "EAUTH",
  "EREQUIRETLS",
]);

/**
 * Sorts a failure by whose fault it is. A 5xx at RCPT or after DATA, or an envelope nodemailer
 * refuses, fails the message; anything before the first recipient (connection, greeting, EHLO,
 * STARTTLS, AUTH, MAIL FROM) or a 421/454/530/535 pauses the relay instead, so that a rotated
 * password never fails the whole queue.
 */
export function classifyFailure(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const { responseCode, code, command, message } = error as {
    responseCode?: number;
    code?: string;
    command?: string;
    message?: string;
  };
  const reason = [code, responseCode, message].filter(Boolean).join(" ").slice(0, 500) || String(error);
  const relayFault =
    (responseCode !== undefined && RELAY_REPLIES.has(responseCode)) ||
    (code !== "EMESSAGE" && RELAY_STAGES.test(command ?? "")) ||
    RELAY_CODES.has(code ?? "");
  if (relayFault) return new DeliveryError(reason, "relay");
  const refused =
    (responseCode !== undefined && responseCode >= 500 && responseCode < 600) ||
    ((code === "EENVELOPE" || code === "EMESSAGE") && responseCode === undefined);
  return new DeliveryError(reason, refused ? "message" : "retry");
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
    // Quoted-printable, said rather than guessed: nodemailer otherwise counts every Latin letter
    // of each body with a global regular expression to choose, a large share of a message's CPU
    // during a rush (docs/performance.md). Our words are mostly Latin, for which it chose this.
    textEncoding: "quoted-printable",
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
function connectWithoutNagle(host: string, port: number, sockets: Set<net.Socket>, timeoutMs = 10_000) {
  return (_options: unknown, callback: SocketCallback) => {
    const socket = net.connect({ host, port, noDelay: true });
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
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
const SEND_TIMED_OUT = "ESENDTIMEOUT";

/**
 * A real SMTP relay, pooled; TLS certificates are verified (nodemailer's default). After a
 * connection problem the pool is replaced: nodemailer's pool stops answering (sends never
 * settle) after a few failed connections in a row, which would stall delivery for good. A send
 * that times out is aborted: nodemailer's close() leaves a busy connection running, so the
 * pool's sockets are destroyed.
 */
export function smtpTransport(url: string, { sendTimeoutMs = SEND_TIMEOUT_MS } = {}): MailTransport {
  const parsed = new URL(url);
  if (!parsed.searchParams.has("pool")) parsed.searchParams.set("pool", "true");
  const port = Number(parsed.port) || (parsed.protocol === "smtps:" ? 465 : 587);
  const sockets = new WeakMap<nodemailer.Transporter, Set<net.Socket>>();
  const create = () => {
    const transporter = nodemailer.createTransport(parsed.toString());
    const own = new Set<net.Socket>();
    sockets.set(transporter, own);
    // nodemailer's documented hook for supplying the socket (its types omit it).
    (transporter as unknown as { getSocket: ReturnType<typeof connectWithoutNagle> }).getSocket = connectWithoutNagle(
      parsed.hostname,
      port,
      own,
    );
    return transporter;
  };
  let transporter = create();
  const replace = (broken: nodemailer.Transporter, { abort }: { abort: boolean }) => {
    if (abort) for (const socket of sockets.get(broken) ?? []) socket.destroy();
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
                code: SEND_TIMED_OUT,
              }),
            ),
          sendTimeoutMs,
        );
      });
      try {
        await Promise.race([current.sendMail(toNodemailer(mail)), timeout]);
      } catch (error) {
        const code = (error as { code?: string }).code ?? "";
        if (code === SEND_TIMED_OUT) replace(current, { abort: true });
        else if (CONNECTION_PROBLEMS.has(code)) replace(current, { abort: false });
        throw classifyFailure(error);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => transporter.close(),
  };
}
