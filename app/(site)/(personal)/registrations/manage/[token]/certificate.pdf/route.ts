import { issueCertificate, renderCertificatePdf } from "@/lib/features/certificates";
import { getSiteSettings } from "@/lib/features/site";
import { allowPdfDownload } from "@/lib/features/registration";
import { env } from "@/lib/platform/env";

// A POST, from the button on the manage page: the first download stores the certificate's
// content (a state change), and the manage page is reached by a link in an email, which mail
// scanners follow with GETs. There is no GET: a scanner fetching this address changes nothing.
// The token is the person's credential: the service checks it, and it is never logged.
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Back to the manage page, which says why (or that the link no longer works).
  const back = (problem: string) =>
    new Response(null, {
      status: 303,
      headers: { location: `/registrations/manage/${token}?certificate=${problem}`, "cache-control": "no-store" },
    });
  // Each download renders the PDF again: a few in a row are plenty.
  if (!(await allowPdfDownload(token, "certificate"))) return back("too-many");
  const issued = await issueCertificate(token);
  if (!issued.ok) return back(issued.problem);
  const pdf = await renderCertificatePdf(issued.certificate, await getSiteSettings(), env().siteUrl);
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="certificate-${issued.certificate.id}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
