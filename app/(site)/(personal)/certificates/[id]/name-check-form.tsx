"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { CertificateNameSchema } from "@/lib/features/certificates/client";

/** Type the full name as printed: the answer is yes or no, and nothing more. */
export function NameCheckForm({ action }: { action: FormAction }) {
  const { state, fields, formProps } = useActionForm(action, { schema: CertificateNameSchema });
  return (
    <form {...formProps} className="max-w-xl space-y-4">
      <TextField
        field={fields.name}
        label="Full name"
        hint="As it is printed on the certificate, accents included; capitals and spaces do not matter."
        autoComplete="off"
      />
      <SubmitButton pendingLabel="Checking…">Check the name</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
