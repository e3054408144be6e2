"use server";

import { headers } from "next/headers";
import { isHoneypotFilled } from "@/lib/forms/honeypot";
import type { FormState } from "@/lib/forms/action-state";
import { submittedValues, validatedAction } from "@/lib/forms/action-state";
import { log } from "@/lib/log";
import { BUSY_MESSAGE, publicMailAllowed } from "@/lib/security/public-mail-ceiling";
import { allowAttempt, allowAttempts, clientAddress } from "@/lib/security/rate-limit";
import { requestPrivacyAction } from "@/lib/services/privacy-requests";
import { subscribe } from "@/lib/services/subscribe";
import { PrivacyRequestSchema, SubscribeSchema } from "@/lib/validation/subscribe";

const TOO_MANY = "Too many attempts from here. Please wait a while and try again.";

// The same words whether or not the address is known, subscribed, or throttled.
const checkYourEmail = (email: string): FormState => ({
  status: "success",
  message: `Check your inbox at ${email}: press the button in our email to confirm your subscription.`,
});

export async function subscribeAction(previous: FormState, formData: FormData): Promise<FormState> {
  if (isHoneypotFilled(formData)) {
    log.info("newsletter.honeypot");
    return checkYourEmail(String(formData.get("email") ?? ""));
  }
  return validatedAction(SubscribeSchema, async (request) => {
    const address = clientAddress(await headers());
    const allowed = await allowAttempts([
      ["subscribe-address", address],
      ["subscribe-email", request.email],
    ]);
    if (!allowed) return { status: "error", message: TOO_MANY, values: submittedValues(formData) };
    if (!(await publicMailAllowed()))
      return { status: "error", message: BUSY_MESSAGE, values: submittedValues(formData) };
    await subscribe(request);
    return checkYourEmail(request.email);
  })(previous, formData);
}

export async function privacyRequestAction(previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(PrivacyRequestSchema, async ({ email, kind }) => {
    const address = clientAddress(await headers());
    if (address !== null && !(await allowAttempt("privacy-address", address))) {
      return { status: "error", message: TOO_MANY, values: submittedValues(formData) };
    }
    if (!(await publicMailAllowed()))
      return { status: "error", message: BUSY_MESSAGE, values: submittedValues(formData) };
    await requestPrivacyAction(email, kind);
    return {
      status: "success",
      message: `We have emailed ${email} a link to confirm the request. Nothing happens until it is pressed; the link works for 24 hours.`,
    };
  })(previous, formData);
}
