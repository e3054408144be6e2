"use client";

import { DataTable } from "@/components/ui/data-table";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm, type FormAction } from "@/components/ui/form";
import { EXPERIENCE, INTERESTS, STATUS_LABELS, type RegistrationStatus } from "@/lib/features/registration/client";

export type ReviewRow = {
  id: string;
  name: string;
  status: string;
  waitlistNumber: number | null;
  country: string;
  experience: string;
  interests: string[];
  needsVisaLetter: boolean;
  askedForGrant: boolean;
  applicationAnswer: string | null;
  marked: boolean;
};

type Props = {
  action: FormAction;
  rows: ReviewRow[];
  /** The filters in force, sent along so the screen comes back as it was. */
  filters: Record<string, string | undefined>;
  beforeDeadline: boolean;
  /** What the last decision did (the screen's address names it, so it shows without JavaScript too). */
  notice?: { text: string; refused: boolean };
};

const noticeState = (notice: { text: string; refused: boolean }) => ({
  status: notice.refused ? ("error" as const) : ("success" as const),
  message: notice.text,
});

const status = (row: ReviewRow) =>
  `${STATUS_LABELS[row.status as RegistrationStatus] ?? row.status}${row.waitlistNumber && row.status === "waitlisted" ? ` (#${row.waitlistNumber})` : ""}`;

/**
 * The applications with a box to mark each person, and what to do with the marked: preview the
 * room with them, or accept, waitlist or decline them all. A plain form: it works without JavaScript.
 */
export function ReviewForm({ action, rows, filters, beforeDeadline, notice }: Props) {
  const { state, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="space-y-4" aria-label="Applications">
      {Object.entries(filters).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <DataTable
        label="Applications"
        className="w-full text-left text-sm"
        columns={[
          "Mark",
          "Name",
          "Status",
          "Contributions so far",
          "Areas",
          "Country",
          "Visa letter",
          "Travel grant",
          "Answer",
        ]}
      >
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-sand-200 align-top">
              <td className="p-2">
                <input
                  type="checkbox"
                  name="mark"
                  value={row.id}
                  id={`mark-${row.id}`}
                  defaultChecked={row.marked}
                  className="size-5 accent-sea-700"
                  aria-label={`Mark ${row.name}`}
                />
              </td>
              <td className="p-2">
                <label htmlFor={`mark-${row.id}`}>{row.name}</label>
              </td>
              <td className="p-2">{status(row)}</td>
              <td className="p-2">{EXPERIENCE[row.experience as keyof typeof EXPERIENCE] ?? row.experience}</td>
              <td className="p-2">
                {row.interests.map((i) => INTERESTS[i as keyof typeof INTERESTS] ?? i).join(", ") || "—"}
              </td>
              <td className="p-2">{row.country}</td>
              <td className="p-2">{row.needsVisaLetter ? "Needs one" : "No"}</td>
              <td className="p-2">{row.askedForGrant ? "Asked for one" : "No"}</td>
              <td className="max-w-md p-2">{row.applicationAnswer ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {rows.length === 0 && <p>No application matches these filters.</p>}
      {beforeDeadline && (
        <p className="text-sm">
          Before the deadline only people who need a visa letter can be decided, and only accepted or declined: the
          waiting list is made at the deadline, so that nobody jumps the queue. The others are refused by name.
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="preview" pendingLabel="Counting…">
          Preview the room
        </SubmitButton>
        <SubmitButton name="intent" value="accept" pendingLabel="Accepting…">
          Accept the marked
        </SubmitButton>
        {!beforeDeadline && (
          <SubmitButton name="intent" value="waitlist" pendingLabel="Saving…">
            Put the marked on the waiting list
          </SubmitButton>
        )}
        <SubmitButton name="intent" value="decline" pendingLabel="Declining…">
          Decline the marked
        </SubmitButton>
      </div>
      <FormMessage state={state.message ? state : notice ? { ...state, ...noticeState(notice) } : state} />
    </form>
  );
}
