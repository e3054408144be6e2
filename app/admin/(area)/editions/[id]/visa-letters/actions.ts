"use server";

import { revalidatePath } from "next/cache";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import {
  approveVisaLetter,
  declineVisaLetter,
  VISA_LETTER_PROBLEMS,
  VisaLetterDeclineSchema,
} from "@/lib/features/visa-letters";

export const approveVisaLetterAction = organizerAction(
  null,
  (editionId: string, requestId: string) =>
    async ({ organizer }) => {
      const outcome = await approveVisaLetter(organizer, editionId, requestId);
      if (!outcome.ok) return { status: "error", message: VISA_LETTER_PROBLEMS[outcome.problem] };
      revalidatePath(`/admin/editions/${editionId}/visa-letters`);
      return { status: "success", message: "Approved: they are emailed that their letter is ready." };
    },
);

export const declineVisaLetterAction = organizerAction(
  VisaLetterDeclineSchema,
  (editionId: string, requestId: string) =>
    async ({ organizer, input }) => {
      const outcome = await declineVisaLetter(organizer, editionId, requestId, input.note);
      if (!outcome.ok) return { status: "error", message: VISA_LETTER_PROBLEMS[outcome.problem] };
      revalidatePath(`/admin/editions/${editionId}/visa-letters`);
      return { status: "success", message: "Declined: they see your note on their page." };
    },
);
