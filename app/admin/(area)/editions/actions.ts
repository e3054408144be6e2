"use server";

import { revalidatePath } from "next/cache";
import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  EDITION_PROBLEMS,
  deleteSampleEdition,
  setEditionPublished,
  saveEdition,
  EditionFormSchema,
  SponsorSchema,
  sponsorRows,
  type SponsorInput,
} from "@/lib/features/editions";
import { organizerAction } from "@/lib/platform/forms/organizer-action";

/**
 * The edition's form and its sponsor rows are parsed together, so every problem shows at once;
 * the wrapper's reply keeps what was typed.
 */
export const saveEditionAction = organizerAction(null, (id: string | null) => async ({ organizer, formData }) => {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) if (typeof value === "string") values[name] = value;
  const fieldErrors: Record<string, string[]> = {};
  const parsed = EditionFormSchema.safeParse(values);
  if (!parsed.success) Object.assign(fieldErrors, z.flattenError(parsed.error).fieldErrors);
  const sponsors: SponsorInput[] = [];
  for (const { index, row } of sponsorRows(values)) {
    const sponsor = SponsorSchema.safeParse(row);
    if (sponsor.success) sponsors.push(sponsor.data);
    else
      for (const [field, messages] of Object.entries(z.flattenError(sponsor.error).fieldErrors))
        fieldErrors[`sponsors.${index}.${field}`] = messages as string[];
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors };
  }
  const outcome = await saveEdition(organizer, id, parsed.data, sponsors);
  // Problems that belong to one field are shown on it.
  const onField = { "slug-taken": "slug", "selection-fixed": "selection" } as const;
  if (outcome.ok === false && (outcome.problem === "slug-taken" || outcome.problem === "selection-fixed")) {
    const fieldErrors = { [onField[outcome.problem]]: [EDITION_PROBLEMS[outcome.problem]] };
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors };
  }
  if (!outcome.ok) return { status: "error", message: EDITION_PROBLEMS[outcome.problem] };
  publicPagesChanged();
  if (id === null) redirect(`/admin/editions/${outcome.id}?created=1`);
  revalidatePath(`/admin/editions/${id}`);
  return { status: "success", message: "Saved. The public pages show the change now." };
});

export const setPublishedAction = organizerAction(null, (id: string, published: boolean) => async ({ organizer }) => {
  const outcome = await setEditionPublished(organizer, id, published);
  if (!outcome.ok) return { status: "error", message: EDITION_PROBLEMS[outcome.problem] };
  publicPagesChanged();
  revalidatePath(`/admin/editions/${id}`);
  return {
    status: "success",
    message: published ? "Published: the edition is on the public site." : "Unpublished: only organizers can see it.",
  };
});

/** The sample edition of a local site, with everything tried on it; a real edition is refused. */
export const deleteSampleEditionAction = organizerAction(null, (id: string) => async ({ organizer }) => {
  const outcome = await deleteSampleEdition(organizer, id);
  if (!outcome.ok) return { status: "error", message: EDITION_PROBLEMS[outcome.problem] };
  publicPagesChanged();
  redirect("/admin/editions?deleted=sample");
});
