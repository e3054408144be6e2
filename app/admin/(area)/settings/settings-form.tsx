"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { SiteSettingsSchema, type SiteSettings } from "@/lib/features/site/client";

type Props = { action: FormAction; initial: SiteSettings };

export function SiteSettingsForm({ action, initial }: Props) {
  const { state, fields, formProps } = useActionForm(action, { schema: SiteSettingsSchema, defaultValue: initial });
  return (
    <form {...formProps} className="max-w-xl space-y-4">
      <FormMessage state={state} />
      <TextField field={fields.name} label="Site name" hint='e.g. "Django on the Med"' />
      <TextField field={fields.tagline} label="Tagline" />
      <TextField field={fields.hashtag} label="Hashtag" hint="Without the #" />
      <TextField field={fields.contactEmail} type="email" label="Contact address" />
      <TextField
        field={fields.accentColor}
        label="Accent colour"
        hint="#rrggbb behind the header and the emails' top bar; dark enough for light text"
      />
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
