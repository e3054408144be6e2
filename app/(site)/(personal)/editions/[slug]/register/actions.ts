"use server";

import { headers } from "next/headers";
import { isHoneypotFilled } from "@/lib/forms/honeypot";
import type { FormState } from "@/lib/forms/action-state";
import { submittedValues, validatedAction } from "@/lib/forms/action-state";
import { log } from "@/lib/log";
import { tryAgainMessage } from "@/lib/registration/edition-lock";
import { BUSY_MESSAGE, publicMailAllowed } from "@/lib/security/public-mail-ceiling";
import { allowAttempts, clientAddress } from "@/lib/security/rate-limit";
import { registerForEdition } from "@/lib/services/register-for-edition";
import { RegistrationFormSchema } from "@/lib/validation/registration";

const checkYourEmail = (email: string): FormState => ({
  status: "success",
  message: `Check your email: we sent a message to ${email}. Follow its link to confirm your registration.`,
});

export async function registerAction(slug: string, previous: FormState, formData: FormData): Promise<FormState> {
  if (isHoneypotFilled(formData)) {
    log.info("registration.honeypot", { slug });
    return checkYourEmail(String(formData.get("email") ?? ""));
  }
  return submit(slug, previous, formData);
}

const submit = async (slug: string, previous: FormState, formData: FormData) =>
  validatedAction(RegistrationFormSchema, async (form) => {
    const keep = { values: submittedValues(formData) };
    const address = clientAddress(await headers());
    try {
      const allowed = await allowAttempts([
        ["register-address", address],
        ["register-email", `${slug}:${form.email}`],
      ]);
      if (!allowed) {
        return { status: "error", message: "Too many attempts from here. Please wait a while and try again.", ...keep };
      }
      if (!(await publicMailAllowed())) return { status: "error", message: BUSY_MESSAGE, ...keep };
      const outcome = await registerForEdition(slug, form);
      if (outcome.ok) return checkYourEmail(form.email);
      if (outcome.reason === "invalid-days")
        return {
          status: "error",
          message: "Please correct the highlighted fields.",
          fieldErrors: { days: [outcome.message] },
          ...keep,
        };
      return { status: "error", message: "Registration for this edition is not open.", ...keep };
    } catch (error) {
      const retry = tryAgainMessage(error);
      if (retry) return { status: "error", message: retry, ...keep };
      throw error;
    }
  })(previous, formData);
