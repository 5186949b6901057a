import type { LegRow, SourceTitle } from '../domain/figure/figure-text';
import { englishWording } from '../i18n/english-wording';
import { isRightToLeft } from '../i18n/figure-words';
import type { Wording } from '../i18n/wording';
import { FIGURE_FONT_FAMILIES, loadFigureFonts } from '../map/figure-fonts';

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
  /** The language of the report's headings and the direction of its text; English when absent. */
  wording?: Wording | undefined;
}

/** Typographic marks in the plain forms the PDF's standard fonts (WinAnsi) have: CO₂ → CO2, → → ->. */
function plainForms(text: string): string {
  return text
    .replace(/[–—]/g, '-')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/…/g, '...')
    .replace(/₂/g, '2')
    .replace(/→/g, '->')
    .replace(/\u00a0|\u202f/g, ' ');
}

/** Whether the standard fonts can set a text: Latin-1 once its marks are in their plain forms. */
function settable(text: string): boolean {
  return [...plainForms(text)].every((character) => character.charCodeAt(0) <= 0xff);
}

/** Text as the PDF's standard fonts can set it: marks in plain forms, anything else beyond Latin-1 a question mark. */
function pdfText(text: string): string {
  return plainForms(text)
    .split('')
    .map((character) => (character.charCodeAt(0) > 0xff ? '?' : character))
    .join('');
}

/** Pixels per millimetre of text drawn as an image (about 300 dpi). */
const PIXELS_PER_MM = 12;
/** Millimetres per typographic point. */
const MM_PER_POINT = 25.4 / 72;

/**
 * Text the standard fonts cannot set (Cyrillic, Persian, Devanagari) is drawn by the browser, which
 * shapes every script, with the page's fonts, and placed as an image: one canvas per line.
 */
class TextPainter {
  private readonly context: CanvasRenderingContext2D;
  constructor(private readonly rightToLeft: boolean) {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    this.context = context;
  }
  private font(size: number, bold: boolean): string {
    return `${bold ? 700 : 400} ${Math.round(size * MM_PER_POINT * PIXELS_PER_MM)}px ${FIGURE_FONT_FAMILIES}`;
  }
  /** The width of a text in millimetres. */
  width(text: string, size: number, bold: boolean): number {
    this.context.font = this.font(size, bold);
    return this.context.measureText(text).width / PIXELS_PER_MM;
  }
  /** A text wrapped to lines no wider than `width` millimetres. */
  wrap(text: string, size: number, bold: boolean, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && this.width(next, size, bold) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  }
  /** The longest start of a text that fits `width` millimetres, with "…" when cut. */
  fit(text: string, size: number, bold: boolean, width: number): string {
    if (this.width(text, size, bold) <= width) return text;
    let end = text.length;
    while (end > 1 && this.width(`${text.slice(0, end)}…`, size, bold) > width) end -= 1;
    return `${text.slice(0, end)}…`;
  }
  /**
   * A line as an image, and where it goes: its box in millimetres with the baseline `ascent` below
   * its top (the line's x is its start: its left, or its right in a right-to-left language).
   */
  line(
    text: string,
    size: number,
    bold: boolean,
  ): { canvas: HTMLCanvasElement; width: number; height: number; ascent: number } {
    const em = size * MM_PER_POINT * PIXELS_PER_MM;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.font = this.font(size, bold);
    canvas.width = Math.max(1, Math.ceil(context.measureText(text).width + em * 0.2));
    canvas.height = Math.ceil(em * 2);
    // Setting the size resets the context: set its font and direction again.
    context.font = this.font(size, bold);
    context.direction = this.rightToLeft ? 'rtl' : 'ltr';
    context.textAlign = this.rightToLeft ? 'right' : 'left';
    context.textBaseline = 'alphabetic';
    context.fillStyle = '#000000';
    context.fillText(text, this.rightToLeft ? canvas.width - em * 0.1 : em * 0.1, em * 1.4);
    return {
      canvas,
      width: canvas.width / PIXELS_PER_MM,
      height: canvas.height / PIXELS_PER_MM,
      ascent: (em * 1.4) / PIXELS_PER_MM,
    };
  }
}

/** Loads jsPDF (its own chunk) ahead of use, so a PDF can be made later without the network. */
export async function preloadPdf(): Promise<void> {
  await import('jspdf');
}

/**
 * The report as a PDF: the figure on the first page under its title, then the route's summary and
 * legs, the sources by title with their addresses, and how to cite it. Text the PDF's standard
 * fonts can set (English, Latin-1) is set as selectable text; text in other scripts (Russian,
 * Persian, Hindi, a source's title in Cyrillic) is drawn by the browser and placed as images, as
 * embedding fonts for Cyrillic, Persian and Devanagari would add megabytes to the download and
 * jsPDF cannot shape Persian or Devanagari. In Persian the text runs from the right margin. jsPDF
 * is loaded here, on demand, in its own chunk.
 */
export async function buildReportPdf(input: ReportPdfInput): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const wording = input.wording ?? englishWording();
  const { t } = wording;
  const rightToLeft = isRightToLeft(wording);
  const { width: pageWidth, height: pageHeight } = input.paper;
  const document = new jsPDF({
    orientation: pageWidth > pageHeight ? 'landscape' : 'portrait',
    unit: 'mm',
    format: [Math.min(pageWidth, pageHeight), Math.max(pageWidth, pageHeight)],
    compress: true,
  });
  // jsPDF writes a property beyond Latin-1 as UTF-16 (with its byte order mark), as PDF readers expect.
  document.setProperties({
    title: settable(input.title) ? pdfText(input.title) : input.title,
    // i18n-exempt: the PDF's machine property (its producer)
    creator: 'INSTC Explorer',
    subject: input.permalink,
  });
  const headings = {
    summary: t('print.summary'),
    legs: t('print.legs.caption'),
    sources: t('print.sources'),
    noSources: t('pdf.noSources'),
    citeAs: t('print.citeAs'),
    permalink: t('pdf.permalink'),
  };
  const columnTitles = {
    leg: t('print.legs.leg'),
    mode: t('print.legs.mode'),
    km: t('print.legs.km'),
    days: t('print.legs.days'),
    usd: t('print.legs.usd'),
    co2Kg: t('print.legs.co2'),
  };
  const everything = [
    input.title,
    input.footer,
    input.citation,
    ...input.summary,
    ...Object.values(headings),
    ...Object.values(columnTitles),
    ...input.legs.flatMap((leg) => [leg.leg, leg.mode, leg.km, leg.days, leg.usd, leg.co2Kg]),
    ...input.sources.flatMap((source) => [source.title, source.publisher]),
  ];
  // Draw what must be drawn with the faces of its scripts, not a fallback font.
  const painter = everything.every(settable) ? undefined : new TextPainter(rightToLeft);
  if (painter) await loadFigureFonts(everything.join(' '));
  const drawn = (text: string) => painter !== undefined && (rightToLeft || !settable(text));

  const margin = 12;
  const textWidth = pageWidth - 2 * margin;
  let y = margin;
  const ensure = (height: number) => {
    if (y + height <= pageHeight - margin) return;
    document.addPage();
    y = margin;
  };
  /** One line of text at `x` (its start, or its end with `align: 'right'`) on the baseline `baseline`. */
  const put = (
    text: string,
    x: number,
    baseline: number,
    size: number,
    bold: boolean,
    align: 'left' | 'right' = 'left',
  ) => {
    if (painter && drawn(text)) {
      const image = painter.line(text, size, bold);
      const left = align === 'right' ? x - image.width : x;
      document.addImage(image.canvas, 'PNG', left, baseline - image.ascent, image.width, image.height);
      return;
    }
    document.setFont('helvetica', bold ? 'bold' : 'normal');
    document.setFontSize(size);
    document.text(pdfText(text), x, baseline, { align });
  };
  const paragraph = (text: string, size: number, style: 'normal' | 'bold' = 'normal', gap = 1.5) => {
    const bold = style === 'bold';
    document.setFont('helvetica', style);
    document.setFontSize(size);
    const lines =
      painter && drawn(text)
        ? painter.wrap(text, size, bold, textWidth)
        : (document.splitTextToSize(pdfText(text), textWidth) as string[]);
    const lineHeight = size * 0.42;
    for (const line of lines) {
      ensure(lineHeight);
      y += lineHeight;
      if (rightToLeft) put(line, margin + textWidth, y, size, bold, 'right');
      else put(line, margin, y, size, bold);
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
    paragraph(headings.summary, 12, 'bold');
    for (const line of input.summary) paragraph(line, 9.5);
  }
  if (input.legs.length) {
    y += 2;
    paragraph(headings.legs, 12, 'bold');
    // Columns by their distance from the table's start (its left; its right in Persian).
    const columns = [
      { title: '#', x: 6, end: true, key: 'number' as const },
      { title: columnTitles.leg, x: 9, end: false, key: 'leg' as const },
      { title: columnTitles.mode, x: textWidth - 88, end: false, key: 'mode' as const },
      { title: columnTitles.km, x: textWidth - 52, end: true, key: 'km' as const },
      { title: columnTitles.days, x: textWidth - 38, end: true, key: 'days' as const },
      { title: columnTitles.usd, x: textWidth - 20, end: true, key: 'usd' as const },
      { title: columnTitles.co2Kg, x: textWidth, end: true, key: 'co2Kg' as const },
    ];
    const legWidth = textWidth - 88 - 11;
    const row = (cells: Record<string, string>, bold: boolean) => {
      ensure(5);
      y += 4.5;
      document.setFont('helvetica', bold ? 'bold' : 'normal');
      document.setFontSize(8.5);
      for (const column of columns) {
        const text = cells[column.key] ?? '';
        const fitted =
          column.key !== 'leg'
            ? text
            : painter && drawn(text)
              ? painter.fit(text, 8.5, bold, legWidth)
              : ((document.splitTextToSize(pdfText(text), legWidth) as string[])[0] ?? '');
        // A column's figures line up at its end: its right edge, or its left edge in Persian.
        const atRight = column.end !== rightToLeft;
        const x = rightToLeft ? margin + textWidth - column.x : margin + column.x;
        put(fitted, x, y, 8.5, bold, atRight ? 'right' : 'left');
      }
    };
    row(Object.fromEntries(columns.map((column) => [column.key, column.title])), true);
    for (const leg of input.legs) row({ ...leg, number: wording.number(leg.number) }, false);
    y += 4;
  }
  paragraph(headings.sources, 12, 'bold');
  if (input.sources.length === 0) paragraph(headings.noSources, 9);
  input.sources.forEach((source, index) => {
    paragraph(
      `${wording.number(index + 1)}. ${source.title}. ${source.publisher}.${source.url ? ` ${source.url}` : ''}`,
      8.5,
      'normal',
      1,
    );
  });
  y += 2;
  paragraph(headings.citeAs, 12, 'bold');
  paragraph(input.citation, 9);
  paragraph(headings.permalink, 12, 'bold');
  // The permalink reads left to right in every language, and stays a link.
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
