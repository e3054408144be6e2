"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/platform/forms/public-action";
import { INVALID_FORM } from "@/lib/platform/forms/action-state";
import {
  BIRTH_DATE_PROBLEM,
  STAY_PROBLEMS,
  VISA_LETTER_PROBLEMS,
  VisaLetterRequestSchema,
} from "@/lib/features/visa-letters";
import { requestVisaLetter } from "@/lib/features/visa-letters/reads";

// The manage link's token is the attendee's credential; the service checks it.

export const requestVisaLetterAction = publicAction(VisaLetterRequestSchema, (token: string) => async ({ input }) => {
  const outcome = await requestVisaLetter(token, input);
  if (outcome.ok)
    redirect(`/registrations/manage/${token}?done=visa-letter-${outcome.corrected ? "corrected" : "requested"}`);
  if (outcome.problem !== "fields") return { status: "error", message: VISA_LETTER_PROBLEMS[outcome.problem] };
  const fieldErrors: Record<string, string[]> = {};
  if (outcome.stay.arrivesOn) fieldErrors.arrivesOn = [STAY_PROBLEMS[outcome.stay.arrivesOn]];
  if (outcome.stay.leavesOn) fieldErrors.leavesOn = [STAY_PROBLEMS[outcome.stay.leavesOn]];
  if (outcome.birthDate) fieldErrors.dateOfBirth = [BIRTH_DATE_PROBLEM];
  return { status: "error", message: INVALID_FORM, fieldErrors };
});
