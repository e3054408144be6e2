import { clock as appClock, type Clock } from "../../platform/clock";
import { audit } from "./audit";
import type { Organizer } from "../../platform/auth/organizer";
import { db } from "../../platform/db";
import { env } from "../../platform/env";
import type { OrganizerProblem } from "./wording";

export type OrganizerChange = { ok: true } | { ok: false; problem: OrganizerProblem };

/** Lets another address sign in to the admin (or lets a revoked one back in). */
export async function addOrganizer(
  by: Organizer,
  input: { email: string; name: string | null },
  clock: Clock = appClock(),
): Promise<OrganizerChange> {
  if (env().organizerEmails.includes(input.email)) return { ok: false, problem: "in-environment" };
  const now = clock.now();
  return db().$transaction(async (tx) => {
    const existing = await tx.organizer.findUnique({ where: { email: input.email } });
    if (existing && !existing.revokedAt) return { ok: false, problem: "already-organizer" };
    await tx.organizer.upsert({
      where: { email: input.email },
      create: { email: input.email, name: input.name, addedBy: by.email, createdAt: now },
      update: { name: input.name, addedBy: by.email, createdAt: now, revokedAt: null, revokedBy: null },
    });
    await audit(by, "organizer.add", `organizer:${input.email}`, {}, { tx, clock });
    return { ok: true };
  });
}
