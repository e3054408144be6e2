import "server-only";
import { log } from "../../platform/log";
import { openField, SealedFieldError, sealField } from "../../platform/security/sealed-fields";

// The two fields sealed at rest, each bound to its row, its owner's registration and its field: a
// sealed value copied into another row or column, or moved to another person's request, does not open.
type Owner = { id: string; registrationId: string };
const passportBinding = ({ id, registrationId }: Owner) => `visa-letter.passport:${id}:${registrationId}`;
const birthDateBinding = ({ id, registrationId }: Owner) => `visa-letter.birth-date:${id}:${registrationId}`;

export function sealVisaFields(owner: Owner, passportNumber: string, dateOfBirth: string) {
  return {
    passportNumber: sealField(passportNumber, passportBinding(owner)),
    dateOfBirth: sealField(dateOfBirth, birthDateBinding(owner)),
  };
}

/** Only for the organizers' page and the letter itself; throws SealedFieldError when they do not open. */
export function openVisaFields(row: Owner & { passportNumber: string; dateOfBirth: string }) {
  return {
    passportNumber: openField(row.passportNumber, passportBinding(row)),
    dateOfBirth: openField(row.dateOfBirth, birthDateBinding(row)),
  };
}

/**
 * Opens them, or answers null when they do not open (the site's key changed since they were
 * sealed, or the value was tampered with): one such request must not break a whole page. Logged
 * with the request's id only.
 */
export function openVisaFieldsOrNull(row: Owner & { passportNumber: string; dateOfBirth: string }) {
  try {
    return openVisaFields(row);
  } catch (error) {
    if (!(error instanceof SealedFieldError)) throw error;
    log.warn("visa-letter.unopenable", { request: row.id });
    return null;
  }
}
