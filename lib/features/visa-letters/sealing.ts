import "server-only";
import { openField, sealField } from "../../platform/security/sealed-fields";

// The two fields sealed at rest, each bound to its row and field: a sealed value copied into
// another row or column does not open.
const passportBinding = (id: string) => `visa-letter.passport:${id}`;
const birthDateBinding = (id: string) => `visa-letter.birth-date:${id}`;

export function sealVisaFields(id: string, passportNumber: string, dateOfBirth: string) {
  return {
    passportNumber: sealField(passportNumber, passportBinding(id)),
    dateOfBirth: sealField(dateOfBirth, birthDateBinding(id)),
  };
}

/** Only for the organizers' page and the letter itself. */
export function openVisaFields(row: { id: string; passportNumber: string; dateOfBirth: string }) {
  return {
    passportNumber: openField(row.passportNumber, passportBinding(row.id)),
    dateOfBirth: openField(row.dateOfBirth, birthDateBinding(row.id)),
  };
}
