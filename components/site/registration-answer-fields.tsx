import { Checkbox, ChoiceGroup, TextArea, TextField, type FormField } from "@/components/ui/fields";
import { EXPERIENCE, INTERESTS } from "@/lib/features/registration/client";

export type AnswerValues = Record<string, string | string[] | undefined>;

type AnswerFields = Record<
  | "name"
  | "city"
  | "country"
  | "affiliation"
  | "experience"
  | "interests"
  | "githubUsername"
  | "hopes"
  | "days"
  | "dietary"
  | "accessibility"
  | "afternoonActivities"
  | "publicListing"
  | "canHelpSetUp",
  FormField
>;

type Props = { fields: AnswerFields; days: Record<string, string> };

/** The answers shared by registering and by changing a registration later. */
export function RegistrationAnswerFields({ fields, days }: Props) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField field={fields.name} label="Your name" autoComplete="name" />
        <TextField field={fields.city} label="City you come from" autoComplete="address-level2" />
        <TextField field={fields.country} label="Country" autoComplete="country-name" />
        <TextField field={fields.affiliation} label="Affiliation (optional)" autoComplete="organization" />
      </div>
      <ChoiceGroup
        field={fields.experience}
        type="radio"
        legend="Your contributions to Django so far"
        options={EXPERIENCE}
      />
      <ChoiceGroup
        field={fields.interests}
        type="checkbox"
        legend="Areas you would like to work on"
        options={INTERESTS}
      />
      <TextField
        field={fields.githubUsername}
        label="GitHub username (optional)"
        hint="We look for the pull requests you open during the edition and the two weeks after, and suggest them to you for its record. Nothing is published until you add it."
        autoComplete="off"
        spellCheck={false}
        maxLength={60}
      />
      <TextArea field={fields.hopes} label="What you hope to work on (optional)" />
      <ChoiceGroup field={fields.days} type="checkbox" legend="Days you will attend" options={days} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextArea field={fields.dietary} label="Dietary requirements (optional)" hint="For breakfast." />
        <TextArea
          field={fields.accessibility}
          label="Accessibility needs (optional)"
          hint="Anything the venue should know."
        />
      </div>
      <Checkbox field={fields.afternoonActivities}>
        I am interested in the afternoon activities (beach, coastal walk).
      </Checkbox>
      <Checkbox field={fields.publicListing}>Show my name, city and interests on the public attendee list.</Checkbox>
      <Checkbox field={fields.canHelpSetUp}>
        I can help others set up (a fork, a virtual environment, running Django&apos;s test suite): seat me with
        newcomers who are still getting ready.
      </Checkbox>
    </>
  );
}
