"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/platform/forms/action-state";
import { type SiteSettings } from "@/lib/features/site/client";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; initial: SiteSettings };

export function SiteSettingsForm({ action, initial }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof SiteSettings) =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : initial[name];
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4">
      <FormMessage state={state} />
      <TextField
        name="name"
        label="Site name"
        hint='e.g. "Django on the Med"'
        defaultValue={value("name")}
        errors={errors.name}
      />
      <TextField name="tagline" label="Tagline" defaultValue={value("tagline")} errors={errors.tagline} />
      <TextField
        name="hashtag"
        label="Hashtag"
        hint="Without the #"
        defaultValue={value("hashtag")}
        errors={errors.hashtag}
      />
      <TextField
        name="contactEmail"
        type="email"
        label="Contact address"
        defaultValue={value("contactEmail")}
        errors={errors.contactEmail}
      />
      <TextField
        name="accentColor"
        label="Accent colour"
        hint="#rrggbb behind the header and the emails' top bar; dark enough for light text"
        defaultValue={value("accentColor")}
        errors={errors.accentColor}
      />
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
