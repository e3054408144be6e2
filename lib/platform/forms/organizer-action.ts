import "server-only";
import { requireOrganizer, type Organizer } from "../auth/require-organizer";
import { actionArguments, keepTyped, parseForm, type FormInput, type FormSchema, type FormState } from "./action-state";

export type OrganizerRequest<S extends FormSchema | null> = {
  organizer: Organizer;
  input: FormInput<S>;
  formData: FormData;
};

/**
 * Every server action of the admin: the organizer is checked first (a server action can be
 * called directly, so a layout's check would not protect it), then the form is parsed with
 * `schema` (null for a button with no fields). A failed answer keeps what was typed.
 *
 * `handler` takes the action's bound arguments (an edition's id, …) and returns the work:
 * `organizerAction(Schema, (editionId: string) => async ({ organizer, input }) => …)` is called
 * by a form as `action.bind(null, editionId)`.
 */
export function organizerAction<S extends FormSchema | null, Bound extends unknown[]>(
  schema: S,
  handler: (...bound: Bound) => (request: OrganizerRequest<S>) => Promise<FormState>,
): (...args: [...Bound, FormState, FormData?]) => Promise<FormState> {
  return async (...args) => {
    const organizer = await requireOrganizer();
    const { bound, formData } = actionArguments<Bound>(args);
    const parsed = parseForm(schema, formData);
    if (!parsed.ok) return keepTyped(parsed.answer, formData);
    return keepTyped(await handler(...bound)({ organizer, input: parsed.input, formData }), formData);
  };
}
