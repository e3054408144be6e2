"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionCookieName } from "@/lib/platform/auth/session-cookie";
import { endSession } from "@/lib/platform/auth/end-session";

/** Ends this browser's session (also for someone whose organizer rights were just revoked). */
export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(sessionCookieName())?.value;
  if (token) await endSession(token);
  jar.delete(sessionCookieName());
  redirect("/admin/sign-in");
}
