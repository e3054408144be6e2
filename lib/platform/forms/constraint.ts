import { getZodConstraint } from "@conform-to/zod/v4";
import { z } from "zod";
import type { FormSchema } from "./action-state";

export type FieldConstraint = {
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
};

/**
 * The HTML constraints of a form's fields, from its schema: required, minLength, maxLength, min
 * and max, which the field components put on their inputs. Conform's getZodConstraint gives the
 * fields; two things it cannot see are read from the schema here:
 * - whether a field is required: it is when its schema refuses it empty (an empty text box sends
 *   "", an unticked box nothing). Our fields use z.preprocess to treat a missing value as "", which
 *   Conform takes for a required field, optional or not;
 * - lengths and bounds: zod 4.6 keeps them in each schema's checks, and Conform looks for them in
 *   `_zod.bag`, which zod no longer fills.
 */
export function formConstraint(schema: FormSchema): Record<string, FieldConstraint> {
  const constraint: Record<string, FieldConstraint> = {};
  // A transformed object (a pipe into a transform) is refused at the root by getZodConstraint.
  const object = formObject(schema);
  for (const [name, { required }] of Object.entries(getZodConstraint(object ?? schema)))
    constraint[name] = { required };
  if (object) {
    for (const [name, field] of Object.entries(object.shape as Record<string, z.ZodType>)) {
      const mayBeEmpty = field.safeParse(undefined).success || field.safeParse("").success;
      constraint[name] = { ...bounds(field), required: !mayBeEmpty };
    }
  }
  return constraint;
}

/** The object of a form's schema, under the pipes of its transforms. */
function formObject(schema: z.ZodType): z.ZodObject | null {
  if (schema instanceof z.ZodObject) return schema;
  const def = schema._zod.def as Def;
  return def.type === "pipe" ? formObject(def.in!) : null;
}

type Def = {
  type: string;
  in?: z.ZodType;
  out?: z.ZodType;
  innerType?: z.ZodType;
  checks?: {
    _zod: { def: { check: string; minimum?: number; maximum?: number; value?: unknown; inclusive?: boolean } };
  }[];
};

/** A field's lengths (text) or bounds (numbers), through its pipes, preprocessing and wrappers. */
function bounds(schema: z.ZodType): FieldConstraint {
  const def = schema._zod.def as Def;
  switch (def.type) {
    case "pipe":
      return { ...bounds(def.in!), ...bounds(def.out!) };
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return bounds(def.innerType!);
    case "string":
    case "number": {
      const found: FieldConstraint = {};
      for (const { _zod } of def.checks ?? []) {
        const check = _zod.def;
        if (check.check === "min_length") found.minLength = check.minimum;
        else if (check.check === "max_length") found.maxLength = check.maximum;
        else if (check.check === "greater_than" && check.inclusive && typeof check.value === "number")
          found.min = check.value;
        else if (check.check === "less_than" && check.inclusive && typeof check.value === "number")
          found.max = check.value;
      }
      return found;
    }
    default:
      return {};
  }
}
