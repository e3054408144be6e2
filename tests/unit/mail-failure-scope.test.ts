import { describe, expect, it } from "vitest";
import { classifyFailure } from "@/lib/platform/mail/transport";

/** An error shaped as nodemailer makes them: a code, the reply's code and the SMTP command. */
const smtpError = (code: string, responseCode: number | undefined, command: string) =>
  Object.assign(new Error(`${responseCode ?? ""} refused`), { code, responseCode, command });

describe("whose fault a failed send is", () => {
  it("blames the relay for a fault before the first recipient, whatever the reply", () => {
    for (const error of [
      smtpError("ECONNECTION", undefined, "CONN"),
      smtpError("EPROTOCOL", 554, "CONN"), // greeting
      smtpError("ECONNECTION", 550, "EHLO"),
      smtpError("ETLS", 554, "STARTTLS"),
      smtpError("EAUTH", 535, "AUTH PLAIN"),
      smtpError("EAUTH", 534, "AUTH LOGIN"),
      smtpError("EENVELOPE", 550, "MAIL FROM"),
      smtpError("ECONNREFUSED", undefined, ""),
    ])
      expect(classifyFailure(error).scope, `${error.code} ${error.responseCode} ${error.command}`).toBe("relay");
  });

  it("blames the relay for 421, 454, 530 and 535 at any stage", () => {
    for (const code of [421, 454, 530, 535])
      expect(classifyFailure(smtpError("EENVELOPE", code, "RCPT TO")).scope).toBe("relay");
  });

  it("fails the message alone for a 5xx at RCPT or after DATA, or an envelope nodemailer refuses", () => {
    expect(classifyFailure(smtpError("EENVELOPE", 550, "RCPT TO")).scope).toBe("message");
    expect(classifyFailure(smtpError("EMESSAGE", 554, "DATA")).scope).toBe("message");
    expect(classifyFailure(smtpError("EENVELOPE", undefined, "API")).scope).toBe("message");
    expect(classifyFailure(smtpError("EMESSAGE", undefined, "MAIL FROM")).scope).toBe("message"); // too large
  });

  it("retries the message alone after a 4xx at RCPT or after DATA", () => {
    expect(classifyFailure(smtpError("EENVELOPE", 450, "RCPT TO")).scope).toBe("retry");
    expect(classifyFailure(smtpError("EMESSAGE", 451, "DATA")).scope).toBe("retry");
  });
});
