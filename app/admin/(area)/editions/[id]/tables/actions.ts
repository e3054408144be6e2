"use server";

import { revalidatePath } from "next/cache";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import {
  TABLE_PLAN_PROBLEMS,
  setTablePlanLocked,
  moveToTable,
  setTables,
  MoveSchema,
  TablesSchema,
} from "@/lib/features/tables";

const tablesPage = (editionId: string) => `/admin/editions/${editionId}/tables`;

export const saveTablesAction = organizerAction(TablesSchema, (editionId: string) => async ({ organizer, input }) => {
  await setTables(organizer, editionId, input);
  revalidatePath(tablesPage(editionId));
  return { status: "success", message: "Saved. The plan below uses these tables." };
});

export const moveToTableAction = organizerAction(
  MoveSchema,
  (editionId: string, day: string, registrationId: string) =>
    async ({ organizer, input }) => {
      const outcome = await moveToTable(organizer, editionId, day, registrationId, input.table);
      if (!outcome.ok) return { status: "error", message: TABLE_PLAN_PROBLEMS[outcome.problem] };
      revalidatePath(tablesPage(editionId));
      return { status: "success", message: "Moved." };
    },
);

export const lockTablePlanAction = organizerAction(
  null,
  (editionId: string, day: string, locked: boolean) =>
    async ({ organizer }) => {
      const outcome = await setTablePlanLocked(organizer, editionId, day, locked === true);
      if (!outcome.ok) return { status: "error", message: TABLE_PLAN_PROBLEMS[outcome.problem] };
      revalidatePath(tablesPage(editionId));
      return {
        status: "success",
        message: locked
          ? "Locked: attendees see their table, and people who confirm now are placed around the others."
          : "Unlocked: the plan follows the suggestion again (your moves stay).",
      };
    },
);
