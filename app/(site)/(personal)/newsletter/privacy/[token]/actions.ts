"use server";

import { publicPagesChanged } from "@/lib/platform/server/public-pages";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/platform/forms/public-action";
import { NEWSLETTER_LINK_NO_LONGER_WORKS } from "@/lib/features/newsletter";
import { erasePersonalData } from "@/lib/features/privacy";
import { exportPersonalData } from "@/lib/features/privacy/reads";

export const carryOutPrivacyRequest = publicAction(null, (token: string, kind: "export" | "erase") => async () => {
  const outcome = kind === "export" ? await exportPersonalData(token) : await erasePersonalData(token);
  if (!outcome.ok) return { status: "error", message: NEWSLETTER_LINK_NO_LONGER_WORKS };
  if (kind === "erase") publicPagesChanged(); // a released place or listing
  redirect(`/newsletter/privacy/done?kind=${kind}`);
});
