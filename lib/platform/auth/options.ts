import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { AuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { clock as appClock, type Clock } from "../clock";
import { db } from "../db";
import { env } from "../env";
import { log } from "../log";
import { enqueueEmail, nudgeMailWorker } from "../mail";
import { isDeliverableAddress } from "../validation/email";
import { allowAttemptsInTurn } from "../security/rate-limit";
import { isOrganizer } from "./organizers";
import { authSecret } from "./secret";

const LINK_MINUTES = 10;
const SESSION_DAYS = 7;

/**
 * The adapter stores magic-link tokens only for organizers: for anyone else next-auth still
 * answers "check your email" (no enumeration), but nothing is stored and nothing is sent.
 */
function organizerOnlyAdapter(): Adapter {
  const adapter = PrismaAdapter(db() as never);
  return {
    ...adapter,
    async createVerificationToken(token) {
      if (!(await isOrganizer(token.identifier))) return null;
      return adapter.createVerificationToken!(token);
    },
  };
}

/** The emailed link opens our page with a Sign in button; only pressing it reaches next-auth's callback. */
export function landingUrl(callbackUrl: string): string {
  const params = new URL(callbackUrl).searchParams;
  return `${env().siteUrl}/admin/sign-in/confirm?${params}`;
}

let options: AuthOptions | undefined;

/** The options the route handler uses; a test passes its own clock and gets its own options. */
export function authOptions(clock?: Clock): AuthOptions {
  // next-auth builds its own URLs from NEXTAUTH_URL; the site's URL is the one true origin.
  process.env.NEXTAUTH_URL ??= env().siteUrl;
  if (clock) return buildOptions(clock);
  options ??= buildOptions(appClock());
  return options;
}

function buildOptions(clock: Clock): AuthOptions {
  return {
    adapter: organizerOnlyAdapter(),
    secret: authSecret(),
    useSecureCookies: env().siteUrl.startsWith("https://"),
    session: { strategy: "database", maxAge: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/admin/sign-in", verifyRequest: "/admin/sign-in/check-email", error: "/admin/sign-in/problem" },
    providers: [
      EmailProvider({
        maxAge: LINK_MINUTES * 60,
        async sendVerificationRequest({ identifier, url }) {
          if (!isDeliverableAddress(identifier) || !(await isOrganizer(identifier))) {
            log.info("auth.sign_in_requested", { organizer: false });
            return;
          }
          // Every asker sees the same "check your email" page; past a limit, nothing is sent. In
          // turn: asks that the address's own limit refuses leave the site-wide one to the others.
          if (
            !(await allowAttemptsInTurn(
              [
                ["sign-in-email", identifier.toLowerCase()],
                ["sign-in-site", "site"],
              ],
              clock,
            ))
          ) {
            log.warn("auth.sign_in_throttled");
            return;
          }
          await enqueueEmail(
            db(),
            {
              template: "organizer-sign-in",
              data: { url: landingUrl(url), expiresInMinutes: LINK_MINUTES },
              to: { email: identifier },
            },
            clock,
          );
          nudgeMailWorker();
          log.info("auth.sign_in_requested", { organizer: true });
        },
      }),
    ],
    callbacks: {
      // Checked again when the link is used: someone revoked in the meantime does not get in.
      async signIn({ user, email }) {
        if (email?.verificationRequest) return true;
        return isOrganizer(user.email);
      },
    },
    logger: {
      error: (code, metadata) =>
        log.error("auth.error", { code, message: metadata instanceof Error ? metadata.message : undefined }),
      warn: (code) => log.warn("auth.warning", { code }),
      debug: () => {},
    },
  };
}
