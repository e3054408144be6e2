import { env } from "../env";

/** next-auth 4's cookie names: the __Secure- prefix on an https site. */
export function sessionCookieName(): string {
  return env().siteUrl.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
