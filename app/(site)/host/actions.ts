"use server";

import { headers } from "next/headers";
import { isHoneypotFilled } from "@/lib/forms/honeypot";
import { submittedValues, validatedAction, type FormState } from "@/lib/forms/action-state";
import { log } from "@/lib/log";
import { BUSY_MESSAGE, publicMailAllowed } from "@/lib/security/public-mail-ceiling";
import { allowAttempts, clientAddress } from "@/lib/security/rate-limit";
import { submitHostProposal } from "@/lib/services/host-proposals";
import { HostProposalSchema } from "@/lib/validation/host-proposal";

const thanks = (email: string, city: string): FormState => ({
  status: "success",
  message: `Thank you! Your proposal for ${city} is with the organizers, and we have sent a receipt to ${email}.`,
});

export async function proposeToHostAction(previous: FormState, formData: FormData): Promise<FormState> {
  if (isHoneypotFilled(formData)) {
    log.info("host.honeypot");
    return thanks(String(formData.get("email") ?? ""), String(formData.get("city") ?? ""));
  }
  return validatedAction(HostProposalSchema, async (proposal) => {
    const address = clientAddress(await headers());
    const allowed = await allowAttempts([
      ["host-address", address],
      ["host-email", proposal.email],
    ]);
    if (!allowed) {
      return {
        status: "error",
        message: "Too many proposals from here today. Please write to us instead, or try again tomorrow.",
        values: submittedValues(formData),
      };
    }
    if (!(await publicMailAllowed()))
      return { status: "error", message: BUSY_MESSAGE, values: submittedValues(formData) };
    await submitHostProposal(proposal);
    return thanks(proposal.email, proposal.city);
  })(previous, formData);
}
