import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { prismaStatements } from "../../platform/database/statements";
import { sealingAvailable } from "../../platform/security/sealed-fields";
import { audit } from "../organizers";
import { lockGrantBudget } from "./grant-lock";
import { budgetAllowed } from "./rules";
import type { GrantSettings } from "./schemas";
import type { GrantProblem } from "./wording";

export type SettingsOutcome =
  | { ok: true }
  | { ok: false; problem: Extract<GrantProblem, "no-edition" | "no-key"> }
  | {
      ok: false;
      problem: "below-granted";
      granted: number;
    };

/**
 * Opens or closes an edition's travel grant requests and sets its budget, under the same lock as
 * granting: a budget never goes below what is granted, even while someone grants.
 */
export async function setGrantSettings(
  organizer: Organizer,
  editionId: string,
  settings: GrantSettings,
  clock: Clock = appClock(),
): Promise<SettingsOutcome> {
  if (settings.open && !sealingAvailable()) return { ok: false, problem: "no-key" };
  return db().$transaction(async (tx): Promise<SettingsOutcome> => {
    const sql = prismaStatements(tx);
    const locked = await lockGrantBudget(sql, editionId);
    if (!locked) return { ok: false, problem: "no-edition" };
    if (!budgetAllowed(settings.budget, locked.granted))
      return { ok: false, problem: "below-granted", granted: locked.granted };
    await tx.edition.update({
      where: { id: editionId },
      data: { grantsOpen: settings.open, grantBudget: settings.budget },
    });
    await audit(organizer, "travel-grants.settings", `edition:${editionId}`, settings, { tx: sql, clock });
    return { ok: true };
  });
}
