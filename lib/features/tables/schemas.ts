import { z } from "zod";
import { optionalCount } from "../../platform/validation/fields";

/** The tables form: how many (empty: one per five confirmed people), and their names, one per line or comma. */
export const TablesSchema = z.object({
  count: optionalCount("The number of tables").refine((count) => count === null || (count >= 1 && count <= 50), {
    message: "Between 1 and 50 tables, or empty for one per five people.",
  }),
  names: z.preprocess(
    (value) =>
      (typeof value === "string" ? value : "")
        .split(/[\n,]+/)
        .map((name) => name.trim())
        .filter(Boolean),
    z.array(z.string().max(40, { message: "A table's name can be at most 40 characters." })).max(50),
  ),
});
export type TablesInput = z.output<typeof TablesSchema>;

export const MoveSchema = z.object({
  table: z.coerce.number({ message: "Choose a table." }).int().min(0, { message: "Choose a table." }),
});
