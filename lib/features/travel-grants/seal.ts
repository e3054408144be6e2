import { openField, sealField } from "../../platform/security/sealed-fields";

// The reason is bound to its row: a sealed reason copied into another row does not open.
const binding = (grantId: string) => `travel-grant.reason:${grantId}`;

export const sealReason = (reason: string, grantId: string) => sealField(reason, binding(grantId));
export const openReason = (sealed: string, grantId: string) => openField(sealed, binding(grantId));
