import "server-only";
import { z } from "zod";
import { requireOrganizer, type Organizer } from "../auth/require-organizer";
import { submittedValues, type FormState } from "./action-state";

type Schema = z.ZodType<unknown, Record<string, unknown>>;
type Input<S extends Schema | null> = S extends Schema ? z.output<S> : undefined;
export type OrganizerRequest<S extends Schema | null> = { organizer: Organizer; input: Input<S>; formData: FormData };

/**
 * Every server action of the admin: the organizer is checked first (a server action can be
 * called directly, so a layout's check would not protect it), then the form is parsed with
 * `schema` (null for a button with no fields). A failed answer keeps what was typed.
 *
 * `handler` takes the action's bound arguments (an edition's id, …) and returns the work:
 * `organizerAction(Schema, (editionId: string) => async ({ organizer, input }) => …)` is called
 * by a form as `action.bind(null, editionId)`.
 */
export function organizerAction<S extends Schema | null, Bound extends unknown[]>(
  schema: S,
  handler: (...bound: Bound) => (request: OrganizerRequest<S>) => Promise<FormState>,
): (...args: [...Bound, FormState, FormData?]) => Promise<FormState> {
  return async (...args) => {
    const organizer = await requireOrganizer();
    const formData = (args.at(-1) instanceof FormData ? args.at(-1) : new FormData()) as FormData;
    const bound = args.slice(0, args.at(-1) instanceof FormData ? -2 : -1) as Bound;
    let input: unknown = undefined;
    if (schema) {
      const parsed = schema.safeParse(submittedValues(formData));
      if (!parsed.success) {
        return {
          status: "error",
          message: "Please correct the highlighted fields.",
          fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
          values: submittedValues(formData),
        };
      }
      input = parsed.data;
    }
    const answer = await handler(...bound)({ organizer, input: input as Input<S>, formData });
    return answer.status === "error" && !answer.values ? { ...answer, values: submittedValues(formData) } : answer;
  };
}
