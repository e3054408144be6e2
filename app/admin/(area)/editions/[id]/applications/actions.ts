"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import { DECISION_PROBLEMS, decideApplications, DecisionFormSchema } from "@/lib/features/applications";

/**
 * The review form: "Preview the room" comes back to the screen with the marked people in its
 * address (so it works without JavaScript); a decision decides them all at once.
 */
export const decideApplicationsAction = organizerAction(
  DecisionFormSchema,
  (editionId: string) =>
    async ({ organizer, input }) => {
      const { intent, mark, ...filters } = input;
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
      if (intent === "preview") {
        for (const id of mark) query.append("mark", id);
        redirect(`/admin/editions/${editionId}/applications?${query}#room`);
      }
      if (mark.length === 0) return { status: "error", message: "Mark at least one person first." };
      const outcome = await decideApplications(organizer, editionId, mark, intent);
      if (!outcome.ok) return { status: "error", message: DECISION_PROBLEMS[outcome.problem] };
      publicPagesChanged();
      revalidatePath("/admin", "layout");
      // Back to the screen with nobody marked; its address names who was decided (ids, never names).
      query.set("done", intent);
      query.set("decided", outcome.decided.map((person) => person.id).join(","));
      query.set("refused", outcome.refused.map((person) => `${person.id}:${person.problem}`).join(","));
      redirect(`/admin/editions/${editionId}/applications?${query}`);
    },
);
