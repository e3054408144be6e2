"use server";

import { revalidatePath } from "next/cache";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import { INVALID_FORM } from "@/lib/platform/forms/action-state";
import {
  declineTravelGrant,
  GRANT_PROBLEMS,
  GrantDecisionSchema,
  GrantPaidSchema,
  GrantSettingsSchema,
  grantTravelGrant,
  markGrantPaid,
  releaseTravelGrant,
} from "@/lib/features/travel-grants";
import { setGrantSettings } from "@/lib/features/travel-grants/reads";

const grantsPage = (editionId: string) => `/admin/editions/${editionId}/grants`;

/** The page shows the new figures, and the sponsor report its totals. */
function changed(editionId: string) {
  revalidatePath(grantsPage(editionId));
  publicPagesChanged();
}

export const saveGrantSettingsAction = organizerAction(
  GrantSettingsSchema,
  (editionId: string) =>
    async ({ organizer, input }) => {
      const saved = await setGrantSettings(organizer, editionId, input);
      if (saved.ok) {
        changed(editionId);
        return { status: "success", message: "Saved.", keepValues: true };
      }
      if (saved.problem === "below-granted")
        return {
          status: "error",
          message: INVALID_FORM,
          fieldErrors: {
            budget: [`${GRANT_PROBLEMS["below-granted"]} Granted so far: ${saved.granted.toLocaleString("en-GB")} €.`],
          },
        };
      return { status: "error", message: GRANT_PROBLEMS[saved.problem] };
    },
);

export const grantAction = organizerAction(
  GrantDecisionSchema,
  (editionId: string, grantId: string, version: string) =>
    async ({ organizer, input }) => {
      const granted = await grantTravelGrant(organizer, { editionId, grantId, version }, input.amount);
      if (granted.ok) {
        changed(editionId);
        return {
          status: "success",
          message: `Granted ${input.amount.toLocaleString("en-GB")} €: the email is on its way.`,
        };
      }
      if (granted.problem === "beyond-budget")
        return {
          status: "error",
          message: INVALID_FORM,
          fieldErrors: {
            amount: [`${GRANT_PROBLEMS["beyond-budget"]} Left: ${granted.left.toLocaleString("en-GB")} €.`],
          },
        };
      if (granted.problem === "beyond-asked" || granted.problem === "no-budget")
        return { status: "error", message: INVALID_FORM, fieldErrors: { amount: [GRANT_PROBLEMS[granted.problem]] } };
      return { status: "error", message: GRANT_PROBLEMS[granted.problem] };
    },
);

export const declineAction = organizerAction(
  null,
  (editionId: string, grantId: string, version: string) =>
    async ({ organizer }) => {
      const declined = await declineTravelGrant(organizer, { editionId, grantId, version });
      if (!declined.ok) return { status: "error", message: GRANT_PROBLEMS[declined.problem] };
      changed(editionId);
      return { status: "success", message: "Declined: the email is on its way." };
    },
);

export const paidAction = organizerAction(
  GrantPaidSchema,
  (editionId: string, grantId: string) =>
    async ({ organizer, input }) => {
      const paid = await markGrantPaid(organizer, editionId, grantId, input.paidOn);
      if (!paid.ok) return { status: "error", message: GRANT_PROBLEMS[paid.problem] };
      changed(editionId);
      return { status: "success", message: `Marked paid on ${input.paidOn}.`, keepValues: true };
    },
);

export const releaseAction = organizerAction(null, (editionId: string, grantId: string) => async ({ organizer }) => {
  const released = await releaseTravelGrant(organizer, editionId, grantId);
  if (!released.ok) return { status: "error", message: GRANT_PROBLEMS[released.problem] };
  changed(editionId);
  return { status: "success", message: "Released: the amount is back in the budget." };
});
