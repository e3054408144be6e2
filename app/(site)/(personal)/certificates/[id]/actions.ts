"use server";

import { publicAction } from "@/lib/platform/forms/public-action";
import {
  CertificateNameSchema,
  checkCertificateName,
  NAME_CHECK,
  wellFormedCertificateId,
} from "@/lib/features/certificates";

// Tries are counted per client and per certificate: the full name is not to be guessed.
export const checkNameAction = publicAction(
  CertificateNameSchema,
  (id: string) =>
    async ({ input }) => {
      const check = await checkCertificateName(id, input.name);
      return { status: check === "matches" ? "success" : "error", message: NAME_CHECK[check], keepValues: true };
    },
  {
    limits: (_input, address, id) => [
      ["certificate-name-address", address],
      // Counted on the id as it is looked up: case or spaces must not make a fresh allowance.
      ["certificate-name-id", wellFormedCertificateId(id) ?? "malformed"],
    ],
    tooMany: NAME_CHECK.tooMany,
  },
);
