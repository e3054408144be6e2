import { Checkbox } from "@/components/forms/checkbox";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { EXPERIENCE, INTERESTS } from "@/lib/features/registration/client";

export type AnswerValues = Record<string, string | string[] | undefined>;

type Props = { values: AnswerValues; errors: Record<string, string[]>; days: Record<string, string> };

/** The answers shared by registering and by changing a registration later. */
export function RegistrationAnswerFields({ values, errors, days }: Props) {
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="name"
          label="Your name"
          autoComplete="name"
          maxLength={100}
          required
          defaultValue={text("name")}
          errors={errors.name}
        />
        <TextField
          name="city"
          label="City you come from"
          autoComplete="address-level2"
          maxLength={100}
          required
          defaultValue={text("city")}
          errors={errors.city}
        />
        <TextField
          name="country"
          label="Country"
          autoComplete="country-name"
          maxLength={100}
          required
          defaultValue={text("country")}
          errors={errors.country}
        />
        <TextField
          name="affiliation"
          label="Affiliation (optional)"
          autoComplete="organization"
          maxLength={100}
          defaultValue={text("affiliation")}
          errors={errors.affiliation}
        />
      </div>
      <ChoiceGroup
        name="experience"
        type="radio"
        legend="Your contributions to Django so far"
        options={EXPERIENCE}
        selected={values.experience}
        errors={errors.experience}
        required
      />
      <ChoiceGroup
        name="interests"
        type="checkbox"
        legend="Areas you would like to work on"
        options={INTERESTS}
        selected={values.interests}
        errors={errors.interests}
      />
      <TextField
        name="githubUsername"
        label="GitHub username (optional)"
        hint="We look for the pull requests you open during the edition and the two weeks after, and suggest them to you for its record. Nothing is published until you add it."
        autoComplete="off"
        spellCheck={false}
        maxLength={60}
        defaultValue={text("githubUsername")}
        errors={errors.githubUsername}
      />
      <TextArea
        name="hopes"
        label="What you hope to work on (optional)"
        maxLength={1000}
        defaultValue={text("hopes")}
        errors={errors.hopes}
      />
      <ChoiceGroup
        name="days"
        type="checkbox"
        legend="Days you will attend"
        options={days}
        selected={values.days ?? Object.keys(days)}
        errors={errors.days}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextArea
          name="dietary"
          label="Dietary requirements (optional)"
          hint="For breakfast."
          maxLength={300}
          defaultValue={text("dietary")}
          errors={errors.dietary}
        />
        <TextArea
          name="accessibility"
          label="Accessibility needs (optional)"
          hint="Anything the venue should know."
          maxLength={500}
          defaultValue={text("accessibility")}
          errors={errors.accessibility}
        />
      </div>
      <Checkbox name="afternoonActivities" checked={values.afternoonActivities === "on"}>
        I am interested in the afternoon activities (beach, coastal walk).
      </Checkbox>
      <Checkbox name="publicListing" checked={values.publicListing === "on"}>
        Show my name, city and interests on the public attendee list.
      </Checkbox>
    </>
  );
}
