"use server";

import type { FormAnswer } from "@/lib/platform/forms/action-state";
import { publicAction } from "@/lib/platform/forms/public-action";
import { FORM_PROBLEMS, readForRegistration, type RegistrationForm } from "@/lib/features/registration";
import { RegistrationWithGrantSchema } from "@/lib/features/travel-grants";
import { registerAndAskForGrant } from "@/lib/features/travel-grants/reads";

// The same answer whatever happened with an address that was already registered.
const checkYourEmail = (email: string): FormAnswer => ({
  status: "success",
  message: `Check your email: we sent a message to ${email}. Follow its link to confirm your registration.`,
});

// Sent beside the rate limits and the budget: on a busy server, a turn of the event loop fewer.
// Typed on its own, so that publicAction infers what the handler gets.
const readAhead = ({ form }: { form: RegistrationForm }, slug: string) => readForRegistration(slug, form.email);

export const registerAction = publicAction(
  // The registration form, with the optional travel grant fields (asked only when grants are open).
  RegistrationWithGrantSchema,
  (slug: string) =>
    async ({ input: { form, grantAsk }, ahead }) => {
      const outcome = await registerAndAskForGrant(slug, { form, grantAsk, readAhead: ahead });
      if (outcome.ok) return checkYourEmail(form.email);
      if (outcome.problem === "invalid-days")
        return {
          status: "error",
          message: "Please correct the highlighted fields.",
          fieldErrors: { days: [FORM_PROBLEMS["invalid-days"]] },
        };
      if (outcome.problem === "answer-required")
        return {
          status: "error",
          message: "Please correct the highlighted fields.",
          fieldErrors: { applicationAnswer: [FORM_PROBLEMS["answer-required"]] },
        };
      return { status: "error", message: FORM_PROBLEMS[outcome.problem] };
    },
  {
    honeypot: {
      event: "registration.honeypot",
      answer: (formData) => checkYourEmail(String(formData.get("email") ?? "")),
    },
    limits: ({ form }, address, slug) => [
      ["register-address", address],
      ["register-email", `${slug}:${form.email}`],
    ],
    mailBudget: "registration",
    readAhead,
  },
);
