"use server";

import type { FormAnswer } from "@/lib/platform/forms/action-state";
import { publicAction } from "@/lib/platform/forms/public-action";
import { submitHostProposal, HostProposalSchema } from "@/lib/features/host-proposals";

const thanks = (email: string, city: string): FormAnswer => ({
  status: "success",
  message: `Thank you! Your proposal for ${city} is with the organizers, and we have sent a receipt to ${email}.`,
});

export const proposeToHostAction = publicAction(
  HostProposalSchema,
  () =>
    async ({ input: proposal }) => {
      await submitHostProposal(proposal);
      return thanks(proposal.email, proposal.city);
    },
  {
    honeypot: {
      event: "host.honeypot",
      answer: (formData) => thanks(String(formData.get("email") ?? ""), String(formData.get("city") ?? "")),
    },
    limits: (proposal, address) => [
      ["host-address", address],
      ["host-email", proposal.email],
    ],
    tooMany: "Too many proposals from here today. Please write to us instead, or try again tomorrow.",
    mailBudget: "host",
  },
);
