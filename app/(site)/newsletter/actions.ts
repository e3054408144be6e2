"use server";

import type { FormAnswer } from "@/lib/platform/forms/action-state";
import { publicAction } from "@/lib/platform/forms/public-action";
import { requestPrivacyAction as requestPrivacy } from "@/lib/features/privacy";
import { subscribe, PrivacyRequestSchema, SubscribeSchema } from "@/lib/features/newsletter";

// The same words whether or not the address is known, subscribed, or throttled.
const checkYourEmail = (email: string): FormAnswer => ({
  status: "success",
  message: `Check your inbox at ${email}: press the button in our email to confirm your subscription.`,
});

export const subscribeAction = publicAction(
  SubscribeSchema,
  () =>
    async ({ input }) => {
      await subscribe(input);
      return checkYourEmail(input.email);
    },
  {
    honeypot: {
      event: "newsletter.honeypot",
      answer: (formData) => checkYourEmail(String(formData.get("email") ?? "")),
    },
    limits: (input, address) => [
      ["subscribe-address", address],
      ["subscribe-email", input.email],
    ],
    mailBudget: "newsletter",
  },
);

export const privacyRequestAction = publicAction(
  PrivacyRequestSchema,
  () =>
    async ({ input: { email, kind } }) => {
      await requestPrivacy(email, kind);
      return {
        status: "success",
        message: `We have emailed ${email} a link to confirm the request. Nothing happens until it is pressed; the link works for 24 hours.`,
      };
    },
  { limits: (_input, address) => [["privacy-address", address]], mailBudget: "privacy" },
);
