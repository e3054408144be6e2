"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Checkbox, ChoiceGroup, TextArea, TextField } from "@/components/ui/fields";
import { useActionForm, type FormAction } from "@/components/ui/form";
import {
  AGAIN_CHOICES,
  answerField,
  MAX_TEXT_ANSWER,
  SurveyAnswerSchema,
  type Question,
} from "@/lib/features/survey/client";

const RATINGS = { "1": "1 (poor)", "2": "2", "3": "3", "4": "4", "5": "5 (excellent)" };

type Props = { action: FormAction; questions: Question[] };

/** The survey: every question optional, sent once; works without JavaScript. */
export function SurveyForm({ action, questions }: Props) {
  const { state, fields, formProps } = useActionForm(action, { schema: SurveyAnswerSchema });
  const field = (question: Question) => fields[answerField(question) as keyof typeof fields]!;
  return (
    <form {...formProps} className="space-y-6">
      {questions.map((question) =>
        question.kind === "text" ? (
          <TextArea
            key={question.id}
            field={field(question)}
            label={question.prompt}
            maxLength={MAX_TEXT_ANSWER}
            rows={4}
          />
        ) : (
          <ChoiceGroup
            key={question.id}
            field={field(question)}
            legend={question.prompt}
            type="radio"
            options={question.kind === "rating" ? RATINGS : AGAIN_CHOICES}
          />
        ),
      )}
      <div className="space-y-3 rounded-lg bg-sand-100 p-4 dark:bg-sea-900">
        <Checkbox field={fields.addName}>Add my name to my answer (otherwise it is anonymous)</Checkbox>
        <TextField field={fields.name} label="Your name (only if you tick the box above)" autoComplete="name" />
      </div>
      <SubmitButton pendingLabel="Sending…">Send my answer</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
