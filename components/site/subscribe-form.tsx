"use client";

import { useId } from "react";
import { ChallengeField } from "@/components/ui/challenge-field";
import { FormMessage } from "@/components/ui/form-message";
import { Honeypot } from "@/components/ui/honeypot";
import { SubmitButton } from "@/components/ui/submit-button";
import { SuccessNotice } from "@/components/ui/success-notice";
import { TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { SubscribeSchema, type SubscribeSource } from "@/lib/features/newsletter/client";

export type SubscribeFormAction = FormAction;

type Props = {
  action: SubscribeFormAction;
  source: SubscribeSource;
  /** The consent sentence, naming the site (consentText). */
  consent: string;
  /** The footer's box is compact; the newsletter page's has room for the name. */
  compact?: boolean;
};

/** Subscribe with double opt-in; works without JavaScript (a plain POST to the server action). */
export function SubscribeForm({ action, source, consent, compact = false }: Props) {
  const { state, fields, formProps } = useActionForm(action, { schema: SubscribeSchema });
  const id = useId();

  if (state.status === "success") return <SuccessNotice message={state.message} />;
  return (
    <form {...formProps} className="space-y-3" aria-describedby={`${id}-consent`}>
      <input type="hidden" name="source" value={source} />
      <div className={compact ? "grid gap-3 sm:grid-cols-2" : "space-y-3"}>
        <TextField id={`${id}-email`} field={fields.email} type="email" label="Email" autoComplete="email" />
        <TextField id={`${id}-name`} field={fields.name} label="Name (optional)" autoComplete="name" />
      </div>
      <p id={`${id}-consent`} className="text-sm">
        {consent}{" "}
        <a href="/privacy" className="underline">
          How we handle your address
        </a>
        .
      </p>
      <Honeypot />
      <ChallengeField challenge={state.challenge} />
      <SubmitButton pendingLabel="Subscribing…">Subscribe</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
