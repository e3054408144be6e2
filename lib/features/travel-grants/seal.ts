import { openField, sealField } from "../../platform/security/sealed-fields";

// The reason is bound to its row and to its owner's registration: a sealed reason copied into
// another row, or a row moved to another registration, does not open.
const binding = (grantId: string, registrationId: string) => `travel-grant.reason:${grantId}:${registrationId}`;

export const sealReason = (reason: string, grantId: string, registrationId: string) =>
  sealField(reason, binding(grantId, registrationId));
export const openReason = (sealed: string, grantId: string, registrationId: string) =>
  openField(sealed, binding(grantId, registrationId));
