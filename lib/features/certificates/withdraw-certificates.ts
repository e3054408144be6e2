import { Prisma } from "../../generated/prisma/client";
import { emailHash } from "./certificate-id";

/**
 * Erasure withdraws a person's certificates, inside the erasure's transaction: each row stays,
 * without the name, days, outcomes or address, so its page can say it was withdrawn. Found by
 * the registrations still here and by the address's hash once they are gone.
 */
export async function withdrawCertificates(tx: Prisma.TransactionClient, email: string, now: Date): Promise<number> {
  const withdrawn = await tx.certificate.updateMany({
    where: {
      OR: [{ emailHash: emailHash(email) }, { registration: { email } }],
      withdrawnAt: null,
    },
    data: { withdrawnAt: now, snapshot: Prisma.DbNull, emailHash: null, registrationId: null },
  });
  return withdrawn.count;
}
