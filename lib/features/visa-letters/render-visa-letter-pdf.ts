import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import { dejaVuSansFiles, PageWriter } from "../certificates";
import { letterParagraphs, longDate, type VisaLetter } from "./letter-text";

/**
 * The invitation letter as an A4 PDF, in DejaVu Sans (every European script). `grantEuros` is a
 * granted travel grant's amount, or null: the organizers then pay neither travel nor stay.
 */
export async function renderVisaLetterPdf(letter: VisaLetter, grantEuros: number | null): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await dejaVuSansFiles();
  const regular = await pdf.embedFont(regularBytes, { subset: true });
  const bold = await pdf.embedFont(boldBytes, { subset: true });
  pdf.setTitle(`Invitation letter: ${letter.edition.name}`);
  pdf.setAuthor(letter.body.legalName);
  pdf.setLanguage("en-GB");

  const writer = new PageWriter(pdf, regular);
  writer.text(letter.body.legalName, { font: bold, size: 14 });
  for (const line of letter.body.postalAddress.split(/\r?\n/)) if (line.trim()) writer.text(line.trim(), { size: 11 });
  writer.text(letter.body.contactEmail, { size: 11 });
  writer.gap(18);
  writer.text(`Date of issue: ${longDate(letter.issuedOn)}`, { size: 11 });
  writer.gap(12);
  const { to, subject, paragraphs } = letterParagraphs(letter, grantEuros);
  writer.text(to, { size: 11 });
  writer.gap(12);
  writer.text(subject, { font: bold, size: 12 });
  for (const paragraph of paragraphs) {
    writer.gap(10);
    writer.text(paragraph, { size: 11 });
  }
  writer.gap(24);
  writer.text(letter.approvedBy, { font: bold, size: 11 });
  writer.text(`for ${letter.body.legalName}`, { size: 11 });
  return pdf.save();
}
