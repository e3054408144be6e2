import { z } from "zod";
import { isLoopbackName } from "./security/loopback";
import { isDeliverableAddress } from "./validation/email";

/** Empty strings count as unset, so `FOO=` in a shell or .env file means "use the default". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const postgresUrl = z.string().refine((value) => /^postgres(ql)?:\/\/.+/.test(value) && URL.canParse(value), {
  message: "must be a postgres:// or postgresql:// URL",
});

const smtpUrl = z.string().refine((value) => /^smtps?:\/\/.+/.test(value) && URL.canParse(value), {
  message: "must be an smtp:// or smtps:// URL",
});

const positiveInt = (message: string) => z.coerce.number({ message }).int({ message }).positive({ message });

const EnvSchema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])),
  /** PostgreSQL to use; unset means the embedded PGlite database in PGLITE_DATA_DIR. */
  DATABASE_URL: optional(postgresUrl),
  PGLITE_DATA_DIR: optional(z.string()),
  SITE_URL: optional(z.url({ protocol: /^https?$/, message: "must be an http(s) URL" })),
  PORT: optional(positiveInt("must be a port number")),
  /** Where the server listens; a local site listens on 127.0.0.1 only. Not HOSTNAME: containers set that to the machine's name. */
  HOST: optional(z.string().regex(/^[A-Za-z0-9.:[\]-]+$/, { message: "must be a host name or IP address" })),
  /** Starts the clock at this instant (time then runs normally); for tests and demos. */
  CLOCK_START: optional(z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time" })),
  /** Real SMTP relay; unset means the dev mailbox at /dev/mailbox (local sites only). */
  SMTP_URL: optional(smtpUrl),
  MAIL_FROM: optional(z.string().regex(/^[^\r\n]+$/, { message: "must be one line" })),
  /** "in-app" runs the delivery worker inside each server; "off" when `npm run worker` does. */
  MAIL_WORKER: optional(z.enum(["in-app", "off"], { message: 'must be "in-app" or "off"' })),
  MAIL_RETENTION_DAYS: optional(positiveInt("must be a whole number of days")),
  /** The longest pause between two tries of a relay that refuses us (a rotated password, an outage). */
  MAIL_RELAY_MAX_PAUSE_SECONDS: optional(positiveInt("must be a whole number of seconds")),
  REGISTRATION_PENDING_HOURS: optional(positiveInt("must be a whole number of hours")),
  REGISTRATION_OFFER_HOURS: optional(positiveInt("must be a whole number of hours")),
  REGISTRATION_STILL_COMING_DAYS: optional(positiveInt("must be a whole number of days")),
  /** Replaced by the per-form budgets below: set, it stops the start with a message naming them. */
  PUBLIC_MAIL_PER_HOUR: optional(z.string()),
  /** Each public form's own hourly mail budget (registration: the larger of the floor and PER_SEAT × open seats). */
  REGISTRATION_MAIL_PER_HOUR: optional(positiveInt("must be a whole number of messages")),
  REGISTRATION_MAIL_PER_SEAT: optional(positiveInt("must be a whole number of messages")),
  NEWSLETTER_MAIL_PER_HOUR: optional(positiveInt("must be a whole number of messages")),
  HOST_MAIL_PER_HOUR: optional(positiveInt("must be a whole number of messages")),
  PRIVACY_MAIL_PER_HOUR: optional(positiveInt("must be a whole number of messages")),
  /** The header your reverse proxy sets to the client's address, e.g. x-real-ip; "none" when there is no proxy. */
  TRUSTED_PROXY_HEADER: optional(z.string().regex(/^[A-Za-z0-9-]+$/, { message: 'must be a header name, or "none"' })),
  /** Signs the proof-of-work challenges; unset, a key is derived from NEXTAUTH_SECRET. */
  CHALLENGE_HMAC_KEY: optional(
    z.string().min(32, { message: "must be at least 32 characters (try: openssl rand -base64 32)" }),
  ),
  /** Encrypts the most sensitive answers at rest (passport numbers, grant reasons): 32 random bytes, base64. */
  DATA_ENCRYPTION_KEY: optional(
    z.string().refine((value) => Buffer.from(value, "base64").length === 32 && /^[A-Za-z0-9+/_-]+=*$/.test(value), {
      message: "must be 32 random bytes in base64 (try: openssl rand -base64 32)",
    }),
  ),
  /** Comma-separated addresses allowed into /admin (more can be added there). */
  ORGANIZER_EMAILS: optional(
    z
      .string()
      .transform((value) =>
        value
          .split(",")
          .map((email) => email.trim().toLowerCase())
          .filter(Boolean),
      )
      .refine((emails) => emails.every(isDeliverableAddress), { message: "must be comma-separated email addresses" }),
  ),
  /** Signs sign-in cookies and hashes magic links; a local site keeps a generated one in .data/. */
  NEXTAUTH_SECRET: optional(
    z.string().min(32, { message: "must be at least 32 characters (try: openssl rand -base64 32)" }),
  ),
  /** Where outcome statuses are asked: GitHub's REST API and Django's Trac (tests point them at local servers). */
  GITHUB_API_URL: optional(z.url({ protocol: /^https?$/, message: "must be an http(s) URL" })),
  /** Optional: raises GitHub's rate limit from 60 to 5,000 requests an hour. */
  GITHUB_TOKEN: optional(z.string().regex(/^[\x21-\x7e]+$/, { message: "must be a token without spaces" })),
  TRAC_URL: optional(z.url({ protocol: /^https?$/, message: "must be an http(s) URL" })),
  /** "info" (default), "warn", "error" or "silent" (benchmarks). */
  LOG_LEVEL: optional(
    z.enum(["info", "warn", "error", "silent"], { message: 'must be "info", "warn", "error" or "silent"' }),
  ),
  /** For how many weeks after an edition its outcomes' statuses are refreshed daily. */
  OUTCOME_REFRESH_WEEKS: optional(
    z.coerce
      .number({ message: "must be a whole number of weeks" })
      .int({ message: "must be a whole number of weeks" })
      .min(0, { message: "must be a whole number of weeks" }),
  ),
});

export type MailBudgetSettings = {
  /** Registration's budget is the larger of these two: a floor, and so many messages per open seat. */
  registrationPerHour: number;
  registrationPerSeat: number;
  newsletterPerHour: number;
  hostPerHour: number;
  privacyPerHour: number;
};

export type Env = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string | undefined;
  pgliteDataDir: string;
  siteUrl: string;
  /** The address to listen on; undefined means every interface (a public site without HOST). */
  listenHost: string | undefined;
  clockStart: Date | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailWorker: "in-app" | "off";
  mailRetentionDays: number;
  mailRelayMaxPauseMs: number;
  /** Mail goes to the dev mailbox: no SMTP relay, and a site that only this machine reaches. */
  devMailbox: boolean;
  registration: { pendingMs: number; offerMs: number; stillComingMs: number };
  /** Undefined: no client address can be trusted (a local site, or TRUSTED_PROXY_HEADER=none). */
  trustedProxyHeader: string | undefined;
  mailBudgets: MailBudgetSettings;
  challengeHmacKey: string | undefined;
  /** Undefined on a public site without DATA_ENCRYPTION_KEY: features that need it stay off. */
  dataEncryptionKey: string | undefined;
  organizerEmails: string[];
  /** LOCAL_ORGANIZER is allowed only because nothing else was configured: loopback requests only. */
  defaultOrganizer: boolean;
  authSecret: string | undefined;
  localSite: boolean;
  outcomes: { githubApiUrl: string; githubToken: string | undefined; tracUrl: string; refreshWeeks: number };
};

/** Who may sign in on a fresh local site, so a newcomer can try the admin (the README says so). */
export const LOCAL_ORGANIZER = "organizer@example.org";

const HOUR = 60 * 60_000;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment, naming every bad variable in one error. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const values = result.data;
  if (values.PUBLIC_MAIL_PER_HOUR !== undefined) {
    throw new EnvError([
      "PUBLIC_MAIL_PER_HOUR: no longer read; each form has its own budget now: REGISTRATION_MAIL_PER_HOUR (and REGISTRATION_MAIL_PER_SEAT), NEWSLETTER_MAIL_PER_HOUR, HOST_MAIL_PER_HOUR and PRIVACY_MAIL_PER_HOUR (see the README). Remove it, and set those you need",
    ]);
  }
  const siteUrl = (values.SITE_URL ?? `http://localhost:${values.PORT ?? 3000}`).replace(/\/+$/, "");
  const localSite = isLoopbackName(new URL(siteUrl).hostname);
  if (localSite && values.HOST && !isLoopbackName(values.HOST)) {
    throw new EnvError([
      `HOST: ${values.HOST} would let other machines reach a local site, with its dev mailbox and default organizer; a site reachable from other machines needs a public SITE_URL and an SMTP_URL`,
    ]);
  }
  const missingForPublicSite = localSite
    ? []
    : [
        !values.SMTP_URL &&
          "SMTP_URL: required when SITE_URL is not local (without it mail would go to the dev mailbox, which must never be public)",
        !values.NEXTAUTH_SECRET &&
          "NEXTAUTH_SECRET: required when SITE_URL is not local (try: openssl rand -base64 32)",
        // Without a client address, one client could spend a whole form's budget; "none" says the operator knows.
        !values.TRUSTED_PROXY_HEADER &&
          'TRUSTED_PROXY_HEADER: required when SITE_URL is not local: the header your reverse proxy sets to the client\'s address (e.g. x-real-ip), or "none" when there is no proxy (then no per-client limit is possible: only the per-form budgets and the challenge apply)',
      ].filter((problem): problem is string => Boolean(problem));
  if (missingForPublicSite.length > 0) throw new EnvError(missingForPublicSite);
  const trustedProxyHeader = values.TRUSTED_PROXY_HEADER?.toLowerCase();
  const defaultOrganizer = !values.ORGANIZER_EMAILS && localSite && !values.SMTP_URL;
  return {
    nodeEnv: values.NODE_ENV ?? "development",
    databaseUrl: values.DATABASE_URL,
    pgliteDataDir: values.PGLITE_DATA_DIR ?? ".data/pglite",
    siteUrl,
    listenHost: values.HOST ?? (localSite ? "127.0.0.1" : undefined),
    clockStart: values.CLOCK_START ? new Date(values.CLOCK_START) : undefined,
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM ?? `Django on the Med <noreply@${new URL(siteUrl).hostname}>`,
    mailWorker: values.MAIL_WORKER ?? "in-app",
    mailRetentionDays: values.MAIL_RETENTION_DAYS ?? 30,
    mailRelayMaxPauseMs: (values.MAIL_RELAY_MAX_PAUSE_SECONDS ?? 900) * 1000,
    devMailbox: !values.SMTP_URL,
    registration: {
      pendingMs: (values.REGISTRATION_PENDING_HOURS ?? 48) * HOUR,
      offerMs: (values.REGISTRATION_OFFER_HOURS ?? 48) * HOUR,
      stillComingMs: (values.REGISTRATION_STILL_COMING_DAYS ?? 7) * 24 * HOUR,
    },
    trustedProxyHeader: trustedProxyHeader === "none" ? undefined : trustedProxyHeader,
    mailBudgets: {
      registrationPerHour: values.REGISTRATION_MAIL_PER_HOUR ?? 300,
      registrationPerSeat: values.REGISTRATION_MAIL_PER_SEAT ?? 3,
      newsletterPerHour: values.NEWSLETTER_MAIL_PER_HOUR ?? 100,
      hostPerHour: values.HOST_MAIL_PER_HOUR ?? 20,
      privacyPerHour: values.PRIVACY_MAIL_PER_HOUR ?? 50,
    },
    challengeHmacKey: values.CHALLENGE_HMAC_KEY,
    dataEncryptionKey: values.DATA_ENCRYPTION_KEY,
    organizerEmails: values.ORGANIZER_EMAILS ?? (defaultOrganizer ? [LOCAL_ORGANIZER] : []),
    defaultOrganizer,
    authSecret: values.NEXTAUTH_SECRET,
    localSite,
    outcomes: {
      githubApiUrl: (values.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
      githubToken: values.GITHUB_TOKEN,
      tracUrl: (values.TRAC_URL ?? "https://code.djangoproject.com").replace(/\/+$/, ""),
      refreshWeeks: values.OUTCOME_REFRESH_WEEKS ?? 8,
    },
  };
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
