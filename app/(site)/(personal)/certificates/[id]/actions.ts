"use server";

import { publicAction } from "@/lib/platform/forms/public-action";
import { CertificateNameSchema, checkCertificateName, NAME_CHECK } from "@/lib/features/certificates";

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
      ["certificate-name-id", id],
    ],
    tooMany: NAME_CHECK.tooMany,
  },
);
