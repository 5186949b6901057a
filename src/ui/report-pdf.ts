import type { LegRow, SourceTitle } from '../domain/figure/figure-text';

/** What the PDF report holds: the figure and, for a route, its summary and legs; the sources; how to cite it. */
export interface ReportPdfInput {
  title: string;
  /** The figure as a PNG, and its size in pixels. */
  figure: { png: Uint8Array; width: number; height: number };
  /** Paper size in millimetres (as turned). */
  paper: { width: number; height: number };
  summary: string[];
  legs: LegRow[];
  sources: SourceTitle[];
  permalink: string;
  citation: string;
  footer: string;
}

/**
 * Text as the PDF's standard fonts (WinAnsi) can set it: typographic marks become their plain
 * forms, CO₂ becomes CO2, arrows ->, and anything else beyond Latin-1 a question mark.
 */
function pdfText(text: string): string {
  return text
    .replace(/[–—]/g, '-')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/…/g, '...')
    .replace(/₂/g, '2')
    .replace(/→/g, '->')
    .replace(/\u00a0|\u202f/g, ' ')
    .split('')
    .map((character) => (character.charCodeAt(0) > 0xff ? '?' : character))
    .join('');
}

/** Loads jsPDF (its own chunk) ahead of use, so a PDF can be made later without the network. */
export async function preloadPdf(): Promise<void> {
  await import('jspdf');
}

/**
 * The report as a PDF: the figure on the first page under its title, then the route's summary and
 * legs, the sources by title with their addresses, and how to cite it, as selectable text. jsPDF
 * is loaded here, on demand, in its own chunk.
 */
export async function buildReportPdf(input: ReportPdfInput): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const { width: pageWidth, height: pageHeight } = input.paper;
  const document = new jsPDF({
    orientation: pageWidth > pageHeight ? 'landscape' : 'portrait',
    unit: 'mm',
    format: [Math.min(pageWidth, pageHeight), Math.max(pageWidth, pageHeight)],
    compress: true,
  });
  document.setProperties({ title: pdfText(input.title), creator: 'INSTC Explorer', subject: input.permalink });
  const margin = 12;
  const textWidth = pageWidth - 2 * margin;
  let y = margin;
  const ensure = (height: number) => {
    if (y + height <= pageHeight - margin) return;
    document.addPage();
    y = margin;
  };
  const paragraph = (text: string, size: number, style: 'normal' | 'bold' = 'normal', gap = 1.5) => {
    document.setFont('helvetica', style);
    document.setFontSize(size);
    const lines = document.splitTextToSize(pdfText(text), textWidth) as string[];
    const lineHeight = size * 0.42;
    for (const line of lines) {
      ensure(lineHeight);
      y += lineHeight;
      document.text(line, margin, y);
    }
    y += gap;
  };

  // Page 1: the figure, as large as the page allows under its title.
  paragraph(input.title, 15, 'bold', 3);
  const room = { width: textWidth, height: pageHeight - y - margin - 6 };
  const scale = Math.min(room.width / input.figure.width, room.height / input.figure.height);
  const imageSize = { width: input.figure.width * scale, height: input.figure.height * scale };
  document.addImage(input.figure.png, 'PNG', margin, y, imageSize.width, imageSize.height);
  y += imageSize.height + 4;
  paragraph(input.footer, 7.5);

  // Then the summary, the legs, the sources and the citation.
  document.addPage();
  y = margin;
  if (input.summary.length) {
    paragraph('Summary', 12, 'bold');
    for (const line of input.summary) paragraph(line, 9.5);
  }
  if (input.legs.length) {
    y += 2;
    paragraph('Route legs (central figures; transfers folded into the leg that follows)', 12, 'bold');
    const columns = [
      { title: '#', x: 0, align: 'right' as const, width: 6, key: 'number' as const },
      { title: 'Leg', x: 9, align: 'left' as const, width: 0, key: 'leg' as const },
      { title: 'Mode', x: textWidth - 88, align: 'left' as const, width: 0, key: 'mode' as const },
      { title: 'km', x: textWidth - 52, align: 'right' as const, width: 0, key: 'km' as const },
      { title: 'Days', x: textWidth - 38, align: 'right' as const, width: 0, key: 'days' as const },
      { title: 'US$', x: textWidth - 20, align: 'right' as const, width: 0, key: 'usd' as const },
      { title: 'kg CO2e', x: textWidth, align: 'right' as const, width: 0, key: 'co2Kg' as const },
    ];
    const row = (cells: Record<string, string>, bold: boolean) => {
      ensure(5);
      y += 4.5;
      document.setFont('helvetica', bold ? 'bold' : 'normal');
      document.setFontSize(8.5);
      for (const column of columns) {
        const text = pdfText(cells[column.key] ?? '');
        const fitted =
          column.key === 'leg' ? ((document.splitTextToSize(text, textWidth - 88 - 11) as string[])[0] ?? '') : text;
        const x = margin + (column.key === 'number' ? 6 : column.x);
        document.text(fitted, x, y, { align: column.align });
      }
    };
    row(Object.fromEntries(columns.map((column) => [column.key, column.title])), true);
    for (const leg of input.legs) row({ ...leg, number: String(leg.number) }, false);
    y += 4;
  }
  paragraph('Sources', 12, 'bold');
  if (input.sources.length === 0) paragraph('The corridor data’s sources are listed at the permalink below.', 9);
  input.sources.forEach((source, index) => {
    paragraph(
      `${index + 1}. ${source.title}. ${source.publisher}.${source.url ? ` ${source.url}` : ''}`,
      8.5,
      'normal',
      1,
    );
  });
  y += 2;
  paragraph('Cite as', 12, 'bold');
  paragraph(input.citation, 9);
  paragraph('Permalink', 12, 'bold');
  document.setFont('helvetica', 'normal');
  document.setFontSize(8);
  const linkLines = document.splitTextToSize(input.permalink, textWidth) as string[];
  for (const line of linkLines) {
    ensure(3.5);
    y += 3.5;
    document.textWithLink(line, margin, y, { url: input.permalink });
  }
  return document.output('blob');
}
