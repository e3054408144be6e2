"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Checkbox, TextArea, TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { SiteSettingsSchema, type SiteSettings } from "@/lib/features/site/client";

type Props = {
  action: FormAction;
  initial: Omit<SiteSettings, "visaLettersEnabled"> & { visaLettersEnabled: "on" | "" };
  /** Why letters cannot be turned on here (no DATA_ENCRYPTION_KEY on a public site), or null. */
  sealingProblem: string | null;
};

export function SiteSettingsForm({ action, initial, sealingProblem }: Props) {
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
      <fieldset className="space-y-4 rounded-xl border border-sand-200 p-4">
        <legend className="px-1 font-semibold">Visa invitation letters</legend>
        <p>
          Attendees from outside the Schengen area can ask for an invitation letter; an organizer approves each one. The
          letter names the organizing body, its postal address and the contact address above.
        </p>
        {sealingProblem && <p className="font-semibold">{sealingProblem}</p>}
        <TextField field={fields.legalName} label="Legal name of the organizing body" />
        <TextArea field={fields.postalAddress} label="Postal address of the organizing body" rows={3} />
        <Checkbox field={fields.visaLettersEnabled}>Offer visa invitation letters</Checkbox>
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
