import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { SQL, epochMs } from "../database/statements";
import { statements } from "../db";
import { isOrganizer } from "./organizers";
import { sessionCookieName } from "./session-cookie";

import type { Organizer } from "./organizer";

export type { Organizer };

/**
 * The organizer behind this request's session, or null. Read from the database on every call:
 * a revoked organizer is refused on their very next request. Expiry is compared with the
 * system clock because next-auth stamps sessions with it.
 */
export const currentOrganizer = cache(async (): Promise<Organizer | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  // Plain SQL: every admin request starts here, and Prisma's planning would cost more than the query.
  const [session] = await statements().rows<{
    expiresMs: number;
    email: string | null;
    name: string | null;
  }>(SQL`SELECT ${epochMs("s.expires", "expiresMs")}, u.email, u.name
     FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s."sessionToken" = ${token}`);
  if (!session || session.expiresMs <= Date.now() || !session.email) return null;
  if (!(await isOrganizer(session.email))) return null;
  return { email: session.email, name: session.name };
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
