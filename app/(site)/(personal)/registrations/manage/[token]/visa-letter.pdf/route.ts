import { renderVisaLetterPdf } from "@/lib/features/visa-letters";
import { allowPdfDownload } from "@/lib/features/registration";
import { visaLetterOf } from "@/lib/features/visa-letters/reads";

// A POST from the button on the manage page, though it changes nothing: the letter is made from
// the approved request on each download and never stored, and a POST keeps mail scanners that
// follow the page's link from opening the sealed fields. The token is the person's credential:
// the service checks it, and it is never logged. Never cached (the response carries a passport number).
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const back = (problem: string) =>
    new Response(null, {
      status: 303,
      headers: { location: `/registrations/manage/${token}?visa=${problem}`, "cache-control": "no-store" },
    });
  // Each download renders the PDF again: a few in a row are plenty.
  if (!(await allowPdfDownload(token, "visa-letter"))) return back("too-many");
  const found = await visaLetterOf(token);
  if (!found.ok) return back(found.problem);
  // With a granted travel grant the letter says its amount; without, that the organizers pay neither travel nor stay.
  const pdf = await renderVisaLetterPdf(found.letter, found.grantEuros);
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="invitation-letter.pdf"',
      "cache-control": "no-store",
    },
  });
}
