import { dateFormat } from "@/lib/platform/text/date-format";
import { type TokenRegistration } from "@/lib/features/registration/client";

/** What the sentence needs: a whole registration, or what a confirmation's answer carries. */
type Standing = Pick<TokenRegistration, "status" | "offerExpiresAt"> & {
  acceptedAt?: Date | null;
  edition: Pick<TokenRegistration["edition"], "name" | "timeZone"> & { applicationDeadline?: Date | null };
};

const offerTime = (at: Date, timeZone: string) =>
  dateFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone }).format(at);

/** Where a registration stands, in one sentence a person can act on. */
export function RegistrationStatus({ registration, position }: { registration: Standing; position?: number }) {
  const { edition } = registration;
  const deadline = edition.applicationDeadline ? offerTime(edition.applicationDeadline, edition.timeZone) : null;
  const messages: Record<string, string> = {
    pending: "Waiting for you to confirm: use the link in the confirmation email.",
    confirmed: `You're in! Your place at ${edition.name} is confirmed.`,
    waitlisted: `${edition.name} is full: you are number ${position ?? "?"} on the waiting list. We will email you if a place frees up.`,
    offered: registration.acceptedAt
      ? registration.offerExpiresAt
        ? `Your application is accepted and a place is held for you. Confirm it before ${offerTime(registration.offerExpiresAt, edition.timeZone)}.`
        : "Your application is accepted and a place is held for you. Your time to confirm it starts when our email about it is sent."
      : registration.offerExpiresAt
        ? `A place is free for you. Take it before ${offerTime(registration.offerExpiresAt, edition.timeZone)}.`
        : "A place is free for you. Your time to take it starts when our email about it is sent.",
    cancelled: "This registration is cancelled.",
    // Selection by application: nobody holds a place until the organizers accept them.
    applied: deadline
      ? `Application received: this is not a place yet. You will hear from us by ${deadline}.`
      : "Application received: this is not a place yet. You will hear from us once applications close.",
    declined: "Your application was not accepted this time. Thank you for applying.",
    expired: "This registration lapsed and holds no place.",
  };
  return (
    <p role="status" className="rounded-xl border-2 border-sea-700 bg-sea-50 p-5 text-lg font-semibold text-sea-950">
      {messages[registration.status]}
    </p>
  );
}
