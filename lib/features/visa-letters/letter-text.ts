import { formatDateRange } from "../../platform/calendar/calendar";
import { dateFormat } from "../../platform/text/date-format";

/** Everything one letter prints; made on each download from the request, never stored. */
export type VisaLetter = {
  body: { legalName: string; postalAddress: string; contactEmail: string };
  person: { fullName: string; nationality: string; passportNumber: string; dateOfBirth: string };
  edition: {
    name: string;
    venueName: string;
    venueAddress: string;
    city: string;
    country: string;
    startsOn: Date;
    endsOn: Date;
  };
  stay: { arrivesOn: Date; leavesOn: Date };
  consulate: string;
  approvedBy: string;
  /** The date of issue at the venue, YYYY-MM-DD. */
  issuedOn: string;
};

/** "17 April 1990": a calendar date (YYYY-MM-DD or a date at UTC midnight) in full. */
export function longDate(date: string | Date): string {
  const day = typeof date === "string" ? new Date(`${date}T00:00:00Z`) : date;
  return dateFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(day);
}

const euros = (amount: number) =>
  `€${amount.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 })}`;

/** Who pays for travel and stay: nobody but the person, or a granted travel grant's amount. */
export function costsLine(fullName: string, grantEuros: number | null): string {
  return grantEuros === null
    ? `The organizers pay neither travel nor accommodation: ${fullName} pays for their own travel, stay and living costs.`
    : `The organizers have granted ${fullName} a travel grant of ${euros(grantEuros)} towards travel and accommodation; any other cost of travel and stay is theirs.`;
}

/** The letter's addressee, subject and paragraphs (the renderer lays them out; tests read them back from the PDF). */
export function letterParagraphs(
  letter: VisaLetter,
  grantEuros: number | null,
): { to: string; subject: string; paragraphs: string[] } {
  const { person, edition, stay, body } = letter;
  const place = `${edition.venueName}, ${edition.venueAddress}, ${edition.city}, ${edition.country}`;
  return {
    to: `To: ${letter.consulate}`,
    subject: `Subject: invitation to ${edition.name}`,
    paragraphs: [
      "To whom it may concern,",
      `We confirm that ${person.fullName}, of ${person.nationality} nationality, born on ${longDate(person.dateOfBirth)}, holder of passport number ${person.passportNumber}, is registered to attend ${edition.name}, a Django sprint held at ${place}, from ${formatDateRange(edition.startsOn, edition.endsOn)}.`,
      `Attendance is free of charge: there is no registration fee. ${person.fullName} plans to stay from ${longDate(stay.arrivesOn)} to ${longDate(stay.leavesOn)}.`,
      costsLine(person.fullName, grantEuros),
      `For any question about this letter, write to ${body.contactEmail}.`,
      "Yours faithfully,",
    ],
  };
}
