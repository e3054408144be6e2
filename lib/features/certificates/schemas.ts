import { z } from "zod";

/** The full name a visitor types to check it against a certificate. */
export const CertificateNameSchema = z.object({
  name: z
    .string({ message: "Type the full name as it is printed on the certificate." })
    .trim()
    .min(1, { message: "Type the full name as it is printed on the certificate." })
    .max(200, { message: "The name can be at most 200 characters." }),
});
