"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { QUESTION_KINDS, SurveyQuestionsSchema, type Question } from "@/lib/features/survey/client";

type Props = { action: FormAction; questions: Question[] };

const EMPTY_ROWS = 2;

/** The survey's questions: change a prompt or how it is answered, empty a prompt to remove it, add up to two. */
export function QuestionsForm({ action, questions }: Props) {
  const rows = [
    ...questions,
    ...Array.from({ length: EMPTY_ROWS }, () => ({ id: "", kind: "rating" as const, prompt: "" })),
  ];
  const { state, fields, formProps } = useActionForm(action, {
    schema: SurveyQuestionsSchema,
    defaultValue: { questions: rows },
  });
  const list = fields.questions.getFieldList();
  return (
    <form {...formProps} className="space-y-4">
      <ol className="space-y-4">
        {list.map((row, index) => {
          const question = row.getFieldset();
          const promptId = `question-${index}-prompt`;
          const kindId = `question-${index}-kind`;
          return (
            <li key={row.key} className="grid gap-2 sm:grid-cols-[1fr_auto]">
              <input type="hidden" name={question.id.name} defaultValue={String(question.id.initialValue ?? "")} />
              <div className="space-y-1">
                <label htmlFor={promptId} className="block font-medium">
                  Question {index + 1}
                  {index >= questions.length && " (new, optional)"}
                </label>
                <input
                  id={promptId}
                  name={question.prompt.name}
                  defaultValue={String(question.prompt.initialValue ?? "")}
                  maxLength={200}
                  aria-invalid={question.prompt.errors?.length ? true : undefined}
                  aria-describedby={question.prompt.errors?.length ? `${promptId}-error` : undefined}
                  className="w-full rounded-md border border-sea-700 bg-white px-3 py-2 text-sea-950 dark:bg-sea-900 dark:text-sand-50"
                />
                {question.prompt.errors?.length ? (
                  <p id={`${promptId}-error`} className="text-sm font-medium text-terracotta-700 dark:text-sun-300">
                    {question.prompt.errors.join(" ")}
                  </p>
                ) : null}
              </div>
              <div className="space-y-1">
                <label htmlFor={kindId} className="block font-medium">
                  Answered with
                </label>
                <select
                  id={kindId}
                  name={question.kind.name}
                  defaultValue={String(question.kind.initialValue ?? "rating")}
                  className="rounded-md border border-sea-700 bg-white px-3 py-2 text-sea-950 dark:bg-sea-900 dark:text-sand-50"
                >
                  {Object.entries(QUESTION_KINDS).map(([kind, label]) => (
                    <option key={kind} value={kind}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="text-sm">Empty a question to remove it. Every question is optional for the people answering.</p>
      <SubmitButton pendingLabel="Saving…">Save the questions</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
