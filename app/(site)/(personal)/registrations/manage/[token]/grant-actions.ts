"use server";

import { revalidatePath } from "next/cache";
import { publicAction } from "@/lib/platform/forms/public-action";
import { GRANT_PROBLEMS, GrantAskSchema } from "@/lib/features/travel-grants";
import { askForGrant, withdrawGrantRequest } from "@/lib/features/travel-grants/reads";

// The manage link's token is the attendee's credential; the service checks it.

export const askForGrantAction = publicAction(GrantAskSchema, (token: string) => async ({ input }) => {
  const asked = await askForGrant(token, input);
  if (!asked.ok) return { status: "error", message: GRANT_PROBLEMS[asked.problem] };
  revalidatePath(`/registrations/manage/${token}`);
  return {
    status: "success",
    message: asked.changed
      ? "Your request is changed. The organizers will let you know by email."
      : "Your request is sent. The organizers will let you know by email.",
  };
});

export const withdrawGrantAction = publicAction(null, (token: string) => async () => {
  const withdrawn = await withdrawGrantRequest(token);
  if (!withdrawn.ok) return { status: "error", message: GRANT_PROBLEMS[withdrawn.problem] };
  revalidatePath(`/registrations/manage/${token}`);
  return { status: "success", message: "Your request is withdrawn." };
});
