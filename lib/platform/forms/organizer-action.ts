import "server-only";
import { requireOrganizer, type Organizer } from "../auth/require-organizer";
import {
  actionArguments,
  INVALID_FORM,
  parseSubmission,
  reply,
  type FormAnswer,
  type FormInput,
  type FormSchema,
  type FormState,
} from "./action-state";

export type OrganizerRequest<S extends FormSchema | null> = {
  organizer: Organizer;
  input: FormInput<S>;
  formData: FormData;
};

/**
 * Every server action of the admin: the organizer is checked first (a server action can be
 * called directly, so a layout's check would not protect it), then the form is parsed with
 * `schema` by Conform (null for a button with no fields). A failed answer shows each field's
 * problems and keeps what was typed.
 *
 * `handler` takes the action's bound arguments (an edition's id, …) and returns the work:
 * `organizerAction(Schema, (editionId: string) => async ({ organizer, input }) => …)` is called
 * by a form as `action.bind(null, editionId)`.
 */
export function organizerAction<S extends FormSchema | null, Bound extends unknown[]>(
  schema: S,
  handler: (...bound: Bound) => (request: OrganizerRequest<S>) => Promise<FormAnswer>,
): (...args: [...Bound, FormState, FormData?]) => Promise<FormState> {
  return async (...args) => {
    const organizer = await requireOrganizer();
    const { bound, formData } = actionArguments<Bound>(args);
    const submission = parseSubmission(schema, formData);
    if (submission.status !== "success") return reply(submission, { status: "error", message: INVALID_FORM });
    return reply(submission, await handler(...bound)({ organizer, input: submission.value, formData }));
  };
}
