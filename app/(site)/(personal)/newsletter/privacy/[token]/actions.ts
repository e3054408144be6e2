"use server";

import { publicPagesChanged } from "@/lib/data/public-pages";
import { redirect } from "next/navigation";
import { erasePersonalData } from "@/lib/services/erase-personal-data";
import { exportPersonalData } from "@/lib/services/export-personal-data";

export type PrivacyActState = { problem?: string };

export async function carryOutPrivacyRequest(token: string, kind: "export" | "erase"): Promise<PrivacyActState> {
  const outcome = kind === "export" ? await exportPersonalData(token) : await erasePersonalData(token);
  if (!outcome.ok) return { problem: outcome.problem };
  if (kind === "erase") publicPagesChanged(); // a released place or listing
  redirect(`/newsletter/privacy/done?kind=${kind}`);
}
