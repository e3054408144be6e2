import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/platform/env";

describe("parseEnv", () => {
  it("defaults to the embedded database and localhost", () => {
    const env = parseEnv({});
    expect(env.databaseUrl).toBeUndefined();
    expect(env.pgliteDataDir).toBe(".data/pglite");
    expect(env.siteUrl).toBe("http://localhost:3000");
    expect(env.clockStart).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", SITE_URL: "", CLOCK_START: "" });
    expect(env.databaseUrl).toBeUndefined();
    expect(env.siteUrl).toBe("http://localhost:3000");
  });

  it("accepts a PostgreSQL URL and trims the site URL's trailing slash", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://app:secret@localhost:5432/dotm",
      SITE_URL: "https://djangoonthemed.example/",
      SMTP_URL: "smtps://mailer:secret@smtp.example.org:465",
      NEXTAUTH_SECRET: "s".repeat(32),
      TRUSTED_PROXY_HEADER: "X-Real-IP",
      CLOCK_START: "2031-01-15T09:00:00Z",
    });
    expect(env.trustedProxyHeader).toBe("x-real-ip");
    expect(env.databaseUrl).toBe("postgresql://app:secret@localhost:5432/dotm");
    expect(env.siteUrl).toBe("https://djangoonthemed.example");
    expect(env.devMailbox).toBe(false);
    expect(env.mailFrom).toBe("Django on the Med <noreply@djangoonthemed.example>");
    expect(env.clockStart?.toISOString()).toBe("2031-01-15T09:00:00.000Z");
    expect(env.organizerEmails).toEqual([]);
  });

  it("lets the documented address sign in on a fresh local site, and only there", () => {
    expect(parseEnv({}).organizerEmails).toEqual(["organizer@example.org"]);
    expect(parseEnv({ ORGANIZER_EMAILS: " Ada@Example.org, grace@example.org " }).organizerEmails).toEqual([
      "ada@example.org",
      "grace@example.org",
    ]);
    expect(parseEnv({ SMTP_URL: "smtp://127.0.0.1:2525" }).organizerEmails).toEqual([]);
    expect(() => parseEnv({ ORGANIZER_EMAILS: "ada@example.org, not an address" })).toThrow(
      /ORGANIZER_EMAILS: must be comma-separated email addresses/,
    );
  });

  it("refuses a public site without a sign-in secret, and a short secret anywhere", () => {
    expect(() => parseEnv({ SITE_URL: "https://djangoonthemed.example", SMTP_URL: "smtp://mail.example.org" })).toThrow(
      /NEXTAUTH_SECRET: required when SITE_URL is not local/,
    );
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });

  it("sends mail to the dev mailbox on a local site without SMTP", () => {
    const env = parseEnv({ PORT: "3100" });
    expect(env.siteUrl).toBe("http://localhost:3100");
    expect(env.devMailbox).toBe(true);
    expect(env.mailWorker).toBe("in-app");
    expect(env.mailRetentionDays).toBe(30);
    expect(env.mailRelayMaxPauseMs).toBe(15 * 60_000);
  });

  it("listens on loopback only for a local site, and refuses a local site bound to the network", () => {
    expect(parseEnv({}).listenHost).toBe("127.0.0.1");
    expect(parseEnv({ HOST: "::1" }).listenHost).toBe("::1");
    for (const HOST of ["0.0.0.0", "::", "192.168.1.20", "my-laptop"]) {
      expect(() => parseEnv({ HOST })).toThrow(
        `HOST: ${HOST} would let other machines reach a local site, with its dev mailbox and default organizer; a site reachable from other machines needs a public SITE_URL and an SMTP_URL`,
      );
    }
    const site = {
      SITE_URL: "https://djangoonthemed.example",
      SMTP_URL: "smtp://mail.example.org",
      NEXTAUTH_SECRET: "s".repeat(32),
      TRUSTED_PROXY_HEADER: "none",
    };
    expect(parseEnv(site).listenHost).toBeUndefined(); // every interface, as next start does
    expect(parseEnv({ ...site, HOST: "10.0.0.5" }).listenHost).toBe("10.0.0.5");
    expect(parseEnv({ ...site, HOSTNAME: "container-4f2a" }).listenHost).toBeUndefined();
  });

  it("allows the default organizer only on a local site where no organizer was named", () => {
    expect(parseEnv({}).defaultOrganizer).toBe(true);
    expect(parseEnv({ ORGANIZER_EMAILS: "organizer@example.org" }).defaultOrganizer).toBe(false);
    expect(parseEnv({ SMTP_URL: "smtp://127.0.0.1:2525" }).defaultOrganizer).toBe(false);
  });

  it("refuses a public site without SMTP: its mailbox would publish people's mail", () => {
    expect(() => parseEnv({ SITE_URL: "https://djangoonthemed.example" })).toThrow(
      /SMTP_URL: required when SITE_URL is not local/,
    );
  });

  it("refuses a public site that has not said where the client's address comes from", () => {
    const site = {
      SITE_URL: "https://djangoonthemed.example",
      SMTP_URL: "smtp://mail.example.org",
      NEXTAUTH_SECRET: "s".repeat(32),
    };
    expect(() => parseEnv(site)).toThrow(/TRUSTED_PROXY_HEADER: required when SITE_URL is not local/);
    expect(() => parseEnv({ SITE_URL: "https://djangoonthemed.example" })).toThrow(
      expect.objectContaining({
        problems: [
          expect.stringMatching(/^SMTP_URL/),
          expect.stringMatching(/^NEXTAUTH_SECRET/),
          expect.stringMatching(/^TRUSTED_PROXY_HEADER/),
        ],
      }),
    );
    // "none": the operator says no proxy reports the address, so no per-client limit applies.
    expect(parseEnv({ ...site, TRUSTED_PROXY_HEADER: "none" }).trustedProxyHeader).toBeUndefined();
    expect(parseEnv({ ...site, TRUSTED_PROXY_HEADER: "NONE" }).trustedProxyHeader).toBeUndefined();
    expect(parseEnv({}).trustedProxyHeader).toBeUndefined(); // a local site: only this machine
  });

  it("gives each public form its own mail budget, with stated defaults", () => {
    expect(parseEnv({}).mailBudgets).toEqual({
      registrationPerHour: 300,
      registrationPerSeat: 3,
      newsletterPerHour: 100,
      hostPerHour: 20,
      privacyPerHour: 50,
    });
    expect(
      parseEnv({
        REGISTRATION_MAIL_PER_HOUR: "500",
        REGISTRATION_MAIL_PER_SEAT: "4",
        NEWSLETTER_MAIL_PER_HOUR: "60",
        HOST_MAIL_PER_HOUR: "10",
        PRIVACY_MAIL_PER_HOUR: "30",
      }).mailBudgets,
    ).toEqual({
      registrationPerHour: 500,
      registrationPerSeat: 4,
      newsletterPerHour: 60,
      hostPerHour: 10,
      privacyPerHour: 30,
    });
  });

  it("stops on the retired site-wide ceiling, naming the budgets that replace it", () => {
    expect(() => parseEnv({ PUBLIC_MAIL_PER_HOUR: "300" })).toThrow(
      "PUBLIC_MAIL_PER_HOUR: no longer read; each form has its own budget now: REGISTRATION_MAIL_PER_HOUR (and REGISTRATION_MAIL_PER_SEAT), NEWSLETTER_MAIL_PER_HOUR, HOST_MAIL_PER_HOUR and PRIVACY_MAIL_PER_HOUR",
    );
  });

  it("names every bad variable in one error", () => {
    let caught: unknown;
    try {
      parseEnv({
        DATABASE_URL: "mysql://localhost/db",
        SITE_URL: "ftp://x",
        CLOCK_START: "tomorrow",
        SMTP_URL: "http://mail",
        MAIL_WORKER: "sometimes",
        MAIL_RETENTION_DAYS: "-3",
        REGISTRATION_MAIL_PER_HOUR: "lots",
        REGISTRATION_MAIL_PER_SEAT: "0",
        NEWSLETTER_MAIL_PER_HOUR: "1.5",
        HOST_MAIL_PER_HOUR: "-1",
        PRIVACY_MAIL_PER_HOUR: "x",
        TRUSTED_PROXY_HEADER: "x real ip",
        CHALLENGE_HMAC_KEY: "short",
        MAIL_RELAY_MAX_PAUSE_SECONDS: "soon",
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvError);
    const message = (caught as EnvError).message;
    expect(message).toContain("DATABASE_URL: must be a postgres:// or postgresql:// URL");
    expect(message).toContain("SITE_URL: must be an http(s) URL");
    expect(message).toContain("CLOCK_START: must be an ISO 8601 date-time");
    expect(message).toContain("SMTP_URL: must be an smtp:// or smtps:// URL");
    expect(message).toContain('MAIL_WORKER: must be "in-app" or "off"');
    expect(message).toContain("MAIL_RETENTION_DAYS: must be a whole number of days");
    for (const name of [
      "REGISTRATION_MAIL_PER_HOUR",
      "REGISTRATION_MAIL_PER_SEAT",
      "NEWSLETTER_MAIL_PER_HOUR",
      "HOST_MAIL_PER_HOUR",
      "PRIVACY_MAIL_PER_HOUR",
    ])
      expect(message).toContain(`${name}: must be a whole number of messages`);
    expect(message).toContain('TRUSTED_PROXY_HEADER: must be a header name, or "none"');
    expect(message).toContain("CHALLENGE_HMAC_KEY: must be at least 32 characters");
    expect(message).toContain("MAIL_RELAY_MAX_PAUSE_SECONDS: must be a whole number of seconds");
    expect((caught as EnvError).problems).toHaveLength(14);
  });
});
