import { issueCertificate, renderCertificatePdf } from "@/lib/features/certificates";
import { getSiteSettings } from "@/lib/features/site";
import { env } from "@/lib/platform/env";

// A POST, from the button on the manage page: the first download stores the certificate's
// content (a state change), and the manage page is reached by a link in an email, which mail
// scanners follow with GETs. There is no GET: a scanner fetching this address changes nothing.
// The token is the person's credential: the service checks it, and it is never logged.
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const issued = await issueCertificate(token);
  if (!issued.ok) {
    // Back to the manage page, which says why (or that the link no longer works).
    return new Response(null, {
      status: 303,
      headers: {
        location: `/registrations/manage/${token}?certificate=${issued.problem}`,
        "cache-control": "no-store",
      },
    });
  }
  const pdf = await renderCertificatePdf(issued.certificate, await getSiteSettings(), env().siteUrl);
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="certificate-${issued.certificate.id}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
