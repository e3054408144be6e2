"use server";

import { redirect } from "next/navigation";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import {
  approveVisaLetter,
  declineVisaLetter,
  VISA_LETTER_PROBLEMS,
  VisaLetterDeclineSchema,
} from "@/lib/features/visa-letters";

export const approveVisaLetterAction = organizerAction(
  null,
  (editionId: string, requestId: string, version: string) =>
    async ({ organizer }) => {
      const outcome = await approveVisaLetter(organizer, editionId, requestId, version);
      if (!outcome.ok) return { status: "error", message: VISA_LETTER_PROBLEMS[outcome.problem] };
      redirect(`/admin/editions/${editionId}/visa-letters?done=approved`);
    },
);

export const declineVisaLetterAction = organizerAction(
  VisaLetterDeclineSchema,
  (editionId: string, requestId: string, version: string) =>
    async ({ organizer, input }) => {
      const outcome = await declineVisaLetter(organizer, editionId, requestId, version, input.note);
      if (!outcome.ok) return { status: "error", message: VISA_LETTER_PROBLEMS[outcome.problem] };
      redirect(`/admin/editions/${editionId}/visa-letters?done=declined`);
    },
);
