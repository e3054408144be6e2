import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import { certificateUrl } from "./certificate-id";
import {
  certificateTitle,
  checkedInDays,
  editionLine,
  issuedOn,
  outcomeLine,
  recordedByLine,
} from "./certificate-text";
import type { IssuedCertificate } from "./snapshot";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.12);

// DejaVu Sans (its licence beside it) covers every European script. Read from the repository,
// never from the system's fonts, and once per process; the server runs from the project folder.
// Visa invitation letters use the same fonts and writer.
const FONT_DIR = join(process.cwd(), "lib", "features", "certificates", "fonts");
let fonts: Promise<[Uint8Array, Uint8Array]> | undefined;
export const fontFiles = () =>
  (fonts ??= Promise.all([
    readFile(join(FONT_DIR, "DejaVuSans.ttf")),
    readFile(join(FONT_DIR, "DejaVuSans-Bold.ttf")),
  ]));

type Site = { name: string; accentColor: string };

/** The certificate as an A4 PDF in the site's name and accent colour, carrying its verification address. */
export async function renderCertificatePdf(
  certificate: IssuedCertificate,
  site: Site,
  siteUrl: string,
): Promise<Uint8Array> {
  const { snapshot } = certificate;
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await fontFiles();
  const regular = await pdf.embedFont(regularBytes, { subset: true });
  const bold = await pdf.embedFont(boldBytes, { subset: true });
  const accent = hexColour(site.accentColor);
  const title = certificateTitle(snapshot);
  pdf.setTitle(`${title}: ${snapshot.name}`);
  pdf.setAuthor(site.name);
  pdf.setCreator(site.name);
  pdf.setLanguage("en-GB");

  const writer = new PageWriter(pdf, regular);
  writer.band(site.name, bold, accent);
  writer.gap(36);
  writer.text(title, { font: bold, size: 24 });
  writer.gap(18);
  writer.text("This certifies that", { size: 12 });
  writer.gap(6);
  writer.text(snapshot.name, { font: bold, size: 22, color: accent });
  writer.gap(6);
  writer.text(`took part in ${editionLine(snapshot)}.`, { size: 12 });
  writer.gap(20);
  writer.text(snapshot.days.length === 1 ? "Day checked in" : "Days checked in", { font: bold, size: 13 });
  for (const day of checkedInDays(snapshot)) writer.text(`•  ${day}`, { size: 11, indent: 8 });
  if (snapshot.outcomes.length > 0) {
    writer.gap(16);
    writer.text("Work credited to them", { font: bold, size: 13 });
    for (const outcome of snapshot.outcomes) {
      writer.gap(4);
      writer.text(`•  ${outcomeLine(outcome)}`, { size: 11, indent: 8, hanging: 12 });
      if (outcome.url) writer.text(outcome.url, { size: 9.5, indent: 20, color: accent });
    }
  }
  writer.gap(20);
  writer.text(recordedByLine(snapshot, site.name), { size: 11 });
  writer.gap(24);
  writer.text(`Issued on ${issuedOn(certificate.issuedAt)}. Anyone can check this certificate at`, { size: 10 });
  // On one line, whatever the id's letters and the site's address: a link broken in two is typed wrong.
  writer.text(certificateUrl(siteUrl, certificate.id), { font: bold, size: 11, color: accent, shrinkTo: 8 });
  return pdf.save();
}

type TextOptions = {
  font?: PDFFont;
  size: number;
  color?: RGB;
  indent?: number;
  hanging?: number;
  /** A smallest size to shrink to before wrapping: for text that must stay on one line if it can. */
  shrinkTo?: number;
};

/** Writes lines down the page, wrapping them to its width and starting a new page when it is full. */
export class PageWriter {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly regular: PDFFont,
  ) {
    this.page = pdf.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  band(label: string, font: PDFFont, colour: RGB): void {
    const height = 72;
    this.page.drawRectangle({ x: 0, y: A4[1] - height, width: A4[0], height, color: colour });
    this.page.drawText(label, { x: MARGIN, y: A4[1] - height / 2 - 8, size: 20, font, color: rgb(1, 1, 1) });
    this.y = A4[1] - height;
  }

  gap(points: number): void {
    this.y -= points;
  }

  text(
    text: string,
    { font = this.regular, size: wanted, color = INK, indent = 0, hanging = 0, shrinkTo }: TextOptions,
  ): void {
    const width = A4[0] - 2 * MARGIN - indent;
    // A hair under the exact fit: at the exact size, rounding can leave the text wider than the line.
    const oneLine = 0.999 * wanted * (width / font.widthOfTextAtSize(text, wanted));
    const size = shrinkTo === undefined ? wanted : Math.max(shrinkTo, Math.min(wanted, oneLine));
    wrap(text, font, size, width, width - hanging).forEach((line, index) => {
      const lineHeight = size * 1.35;
      if (this.y - lineHeight < MARGIN) {
        this.page = this.pdf.addPage(A4);
        this.y = A4[1] - MARGIN;
      }
      this.y -= lineHeight;
      this.page.drawText(line, { x: MARGIN + indent + (index > 0 ? hanging : 0), y: this.y, size, font, color });
    });
  }
}

/** Lines that fit `width` (later lines `rest`), broken at spaces, and inside a word (a long address) only when it must. */
function wrap(text: string, font: PDFFont, size: number, width: number, rest: number): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= (lines.length ? rest : width);
  for (const word of text.split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    for (const char of word) {
      if (line && !fits(line + char)) {
        lines.push(line);
        line = "";
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function hexColour(hex: string): RGB {
  const value = /^#?([0-9a-f]{6})$/i.exec(hex)?.[1] ?? "1e3a5f";
  const channel = (at: number) => parseInt(value.slice(at, at + 2), 16) / 255;
  return rgb(channel(0), channel(2), channel(4));
}
