import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "../db";
import { isOrganizer } from "./organizers";
import { sessionCookieName } from "./session-cookie";

export type Organizer = { email: string; name: string | null };

/**
 * The organizer behind this request's session, or null. Read from the database on every call:
 * a revoked organizer is refused on their very next request. Expiry is compared with the
 * system clock because next-auth stamps sessions with it.
 */
export const currentOrganizer = cache(async (): Promise<Organizer | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const session = await db().session.findUnique({ where: { sessionToken: token }, select: { expires: true, user: { select: { email: true, name: true } } } });
  if (!session || session.expires <= new Date() || !session.user.email) return null;
  if (!(await isOrganizer(session.user.email))) return null;
  return { email: session.user.email, name: session.user.name };
});

/**
 * Every admin page, server action and route handler starts with this; a layout or the proxy
 * alone would not protect a server action, which can be called directly.
 */
export async function requireOrganizer(): Promise<Organizer> {
  const organizer = await currentOrganizer();
  if (!organizer) redirect("/admin/sign-in");
  return organizer;
}

