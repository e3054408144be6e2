"use server";

import { revalidatePath } from "next/cache";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import {
  addPastedTickets,
  BOARD_PROBLEMS,
  importTracQuery,
  ImportQuerySchema,
  labelOf,
  LabelSchema,
  labelTicket,
  MAX_BOARD_TICKETS,
  moveClaim,
  MoveClaimSchema,
  pastedLineProblems,
  PasteTicketsSchema,
  QUERY_URL_PROBLEMS,
  refreshBoard,
  releaseClaimAsOrganizer,
  removeTicket,
  RemoveTicketSchema,
  tracFailed,
} from "@/lib/features/ticket-board";

const boardPage = (editionId: string) => `/admin/editions/${editionId}/board`;
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

export const pasteTicketsAction = organizerAction(
  PasteTicketsSchema,
  (editionId: string) =>
    async ({ organizer, input }) => {
      const answer = await addPastedTickets(organizer, editionId, input.tickets);
      if (!answer.ok && answer.problem === "bad-lines")
        return {
          status: "error",
          message: "Nothing was added: correct these lines.",
          fieldErrors: { tickets: pastedLineProblems(answer.lines) },
        };
      if (!answer.ok) return { status: "error", message: BOARD_PROBLEMS[answer.problem] };
      revalidatePath(boardPage(editionId));
      const skipped = answer.repeated > 0 ? `, ${count(answer.repeated, "repeated line")} skipped` : "";
      const problems =
        answer.refresh.problems > 0
          ? ` ${count(answer.refresh.problems, "ticket")} could not be read yet: see below.`
          : "";
      return {
        status: "success",
        message: `Added ${count(answer.added, "ticket")}; ${answer.alreadyThere} already on the board${skipped}.${problems}`,
      };
    },
);

export const importTracQueryAction = organizerAction(
  ImportQuerySchema,
  (editionId: string) =>
    async ({ organizer, input }) => {
      const answer = await importTracQuery(organizer, editionId, input.query);
      if (!answer.ok && answer.problem === "query-url")
        return {
          status: "error",
          fieldErrors: { query: [QUERY_URL_PROBLEMS[answer.reason]] },
          message: QUERY_URL_PROBLEMS[answer.reason],
        };
      if (!answer.ok && answer.problem === "trac-failed")
        return { status: "error", message: tracFailed(answer.detail) };
      if (!answer.ok) return { status: "error", message: BOARD_PROBLEMS[answer.problem] };
      revalidatePath(boardPage(editionId));
      return {
        status: "success",
        message: `Imported from Trac: ${count(answer.added, "ticket")} added, ${answer.alreadyThere} already on the board.${
          answer.leftOut > 0
            ? ` ${count(answer.leftOut, "ticket")} left out: a board holds ${MAX_BOARD_TICKETS}; narrow the query.`
            : ""
        }`,
      };
    },
);

export const labelTicketAction = organizerAction(
  LabelSchema,
  (editionId: string, ticketId: string) =>
    async ({ input }) => {
      const answer = await labelTicket(editionId, ticketId, labelOf(input));
      if (!answer.ok) return { status: "error", message: BOARD_PROBLEMS[answer.problem] };
      revalidatePath(boardPage(editionId));
      return { status: "success", message: "Label saved.", keepValues: true };
    },
);

export const removeTicketAction = organizerAction(
  RemoveTicketSchema,
  (editionId: string, ticketId: string) =>
    async ({ organizer }) => {
      const answer = await removeTicket(organizer, editionId, ticketId);
      if (!answer.ok) return { status: "error", message: BOARD_PROBLEMS[answer.problem] };
      revalidatePath(boardPage(editionId));
      return { status: "success", message: "Removed." };
    },
);

export const refreshBoardAction = organizerAction(null, (editionId: string) => async () => {
  const report = await refreshBoard(editionId);
  revalidatePath(boardPage(editionId));
  const problems = report.problems > 0 ? ` ${count(report.problems, "ticket")} could not be read: see below.` : "";
  return {
    status: report.problems > 0 ? "error" : "success",
    message: `Asked Trac and GitHub about ${count(report.checked, "ticket")}: ${report.changed} moved.${problems}`,
  };
});

export const moveClaimAction = organizerAction(
  MoveClaimSchema,
  (editionId: string, claimId: string) =>
    async ({ organizer, input }) => {
      const answer = await moveClaim(organizer, editionId, claimId, input);
      if (!answer.ok) return { status: "error", message: BOARD_PROBLEMS[answer.problem] };
      revalidatePath(boardPage(editionId));
      return { status: "success", message: "Claim moved.", keepValues: true };
    },
);

export const releaseClaimAction = organizerAction(
  null,
  (editionId: string, claimId: string) =>
    async ({ organizer }) => {
      const answer = await releaseClaimAsOrganizer(organizer, editionId, claimId);
      if (!answer.ok) return { status: "error", message: BOARD_PROBLEMS[answer.problem] };
      revalidatePath(boardPage(editionId));
      return { status: "success", message: "Claim released: the ticket is free." };
    },
);
