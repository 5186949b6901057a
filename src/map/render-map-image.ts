import type { LegendEntry } from '../cartography/overlay-definition';
import type { Bounds } from '../domain/bounding-box';
import { bestLayout, frameFigure, type PixelBox } from '../domain/figure/figure-frame';
import { asciiJson, type InternationalText, withPngInternationalText } from '../domain/figure/png-international-text';
import { withPngText } from '../domain/figure/png-text';
import { greatCircleKilometers, KILOMETERS_PER_NAUTICAL_MILE } from '../domain/great-circle';
import { englishWording } from '../i18n/english-wording';
import { figureDay, isRightToLeft } from '../i18n/figure-words';
import type { Wording } from '../i18n/wording';
import { FIGURE_FONT_FAMILIES, loadFigureFonts } from './figure-fonts';
import type { MapLibreMap } from './maplibre-runtime';

type RuntimeModule = typeof import('./maplibre-runtime');

type QrCodeModule = Awaited<ReturnType<typeof loadQrCodeModule>>;

function loadQrCodeModule() {
  return import('qrcode-generator');
}

let qrCodeModule: Promise<QrCodeModule> | undefined;

/**
 * Loads the QR code library (its own chunk) once; the map calls it when it is ready, so an export
 * made later works offline too.
 */
export function preloadQrCode(): Promise<QrCodeModule> {
  qrCodeModule ??= loadQrCodeModule();
  return qrCodeModule;
}

/**
 * The permalink's QR code at the highest error-correction level that holds it (M, then L), or
 * `undefined` when the link is too long for any QR code (about 2,300 characters at level M).
 */
async function permalinkQrCode(permalink: string) {
  const { default: qrcode } = await preloadQrCode();
  for (const level of ['M', 'L'] as const) {
    try {
      const qr = qrcode(0, level);
      qr.addData(permalink);
      qr.make();
      return qr;
    } catch {
      // Too long for this level; try the next, or print the link as text only.
    }
  }
  return undefined;
}

/** What the exported image carries besides the map. */
export interface MapImageOptions {
  width: number;
  height: number;
  /**
   * The size of the figure this image previews, when it is a preview: the map is then drawn at the
   * final figure's CSS size and a smaller pixel ratio, so the preview is the same figure, smaller.
   */
  finalSize?: { width: number; height: number } | undefined;
  title: string;
  /** Lines under the title (the headline figures and ranges); empty for none. */
  caption: readonly string[];
  legend: readonly LegendEntry[];
  attribution: string;
  /** The titles of the sources of what the figure shows. */
  sources: readonly string[];
  permalink: string;
  dataVersion: string;
  appVersion: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The day the map shows (`YYYY-MM-DD`). */
  networkDay: string;
  /** The box the figure frames (the route, the comparison, the selection); absent: the current view. */
  content?: Bounds | undefined;
  /** Points whose position in the image the PNG records (the route's ends). */
  marks?: readonly { label: string; longitude: number; latitude: number }[] | undefined;
  /** Cancels the export: it stops at the next step with an `AbortError` and frees its map. */
  signal?: AbortSignal | undefined;
  /** Told as each step of the export starts. */
  onProgress?: ((stage: ExportStage) => void) | undefined;
  /**
   * The language the figure is made in: the legend's heading, the scale, the foot's words and
   * dates, the direction of the text (right to left in Persian). English when absent.
   */
  wording?: Wording | undefined;
  /**
   * The title and caption in English, for the PNG's `tEXt` entries that tools read, when `title`
   * and `caption` are in another language (those then go into `iTXt` entries tagged with it).
   */
  metadata?: { title: string; caption: readonly string[] } | undefined;
}

/** The steps of an image export, in order: draw the map, compose the figure around it, encode the PNG. */
type ExportStage = 'map' | 'compose' | 'encode';

/** What the PNG records about its own layout (`instc:figure` text chunk), in image pixels. */
export interface FigureLayout {
  mapArea: PixelBox;
  legend: { box: PixelBox; labels: string[] };
  framed: 'content' | 'view';
  marks: { label: string; x: number; y: number }[];
}

/** The longer side of the export map's canvas while it loads, in pixels (see `renderMapImage`). */
const LOADING_CANVAS_PIXELS = 256;

/** SwiftShader's (and most GPUs') WebGL canvas limit, in pixels. */
const MAXIMUM_CANVAS_PIXELS = 8192;

function waitForIdle(
  map: MapLibreMap,
  timeoutMilliseconds: number,
  signal: AbortSignal | undefined,
  lateMessage: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancel = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', cancel);
      reject(new Error(lateMessage));
    }, timeoutMilliseconds);
    signal?.addEventListener('abort', cancel, { once: true });
    map.once('idle', () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      resolve();
    });
  });
}

/**
 * Resolves when the GPU has carried out every command given to a WebGL2 canvas so far, polling a
 * fence between tasks so that the page stays responsive meanwhile; at once without WebGL2.
 */
async function drawingFinished(canvas: HTMLCanvasElement, signal: AbortSignal | undefined): Promise<void> {
  const gl = canvas.getContext('webgl2');
  const fence = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!gl || !fence) return;
  gl.flush();
  try {
    while (gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED && !signal?.aborted && !gl.isContextLost()) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    gl.deleteSync(fence);
  }
}

function niceLength(maximum: number): number {
  const power = 10 ** Math.floor(Math.log10(maximum));
  for (const step of [5, 2, 1]) if (step * power <= maximum) return step * power;
  return power;
}

/** Words wrapped to lines no wider than `width` (a word wider than the line stands alone). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** At most `count` lines; the last one says how much was left out. */
function atMost(lines: string[], count: number, more: string): string[] {
  return lines.length <= count ? lines : [...lines.slice(0, count - 1), more];
}

/**
 * Renders a figure as a PNG of exactly `width × height` pixels: a title band (title and caption)
 * and a foot band (sources by title, attribution, versions, date, permalink and its QR code, scale
 * bars and north arrow) frame the map; the legend floats in the map's corner that leaves the
 * framed content (the route, the comparison, the selection, else the current view) the most room,
 * and the content is framed in the part of the map no overlay covers. A second, hidden map draws
 * it at a pixel ratio that fills the image (MapLibre's canvas cap raised, up to the GPU's 8192 px).
 * The PNG records its title, permalink and layout in text chunks.
 */
export async function renderMapImage(
  map: MapLibreMap,
  runtime: RuntimeModule,
  options: MapImageOptions,
): Promise<Blob> {
  const { width, height, signal } = options;
  const wording = options.wording ?? englishWording();
  const { t } = wording;
  const rightToLeft = isRightToLeft(wording);
  signal?.throwIfAborted();
  options.onProgress?.('map');
  const screen = map.getCanvas().getBoundingClientRect();
  const final = options.finalSize ?? { width, height };
  // Keep the labels' size on paper close to the screen's: the CSS size stays near the on-screen
  // map, and the pixel ratio makes up the rest of the final image's pixels.
  const finalRatio = Math.max(final.width / Math.max(screen.width, 1), final.height / Math.max(screen.height, 1), 1);
  const cssWidth = final.width / finalRatio;
  const cssHeight = final.height / finalRatio;
  const pixelRatio = width / cssWidth;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error(t('figure.error.noCanvas'));
  const unit = Math.min(width, height) / 100;
  const font = (size: number, weight = 400) =>
    `${weight} ${Math.max(1, Math.round(size * unit))}px ${FIGURE_FONT_FAMILIES}`;
  const margin = 1.5 * unit;
  const ink = '#1f2328';
  // Persian reads right to left: its lines start at the right margin.
  context.direction = rightToLeft ? 'rtl' : 'ltr';
  const lineStart = rightToLeft ? width - margin : margin;
  const footWords = {
    legend: t('figure.png.legend'),
    scaleNote: t('figure.png.scaleNote'),
    north: t('figure.png.north'),
    noQr: t('figure.png.noQr'),
    sourcesCut: t('figure.png.sourcesCut'),
  };
  // Measure and draw with the faces of the figure's scripts, not a fallback font.
  await loadFigureFonts(
    [
      options.title,
      ...options.caption,
      ...options.legend.map((item) => item.label),
      ...Object.values(footWords),
      options.attribution,
      t('figure.png.footer', { appVersion: '', dataVersion: '', networkDay: '', date: '' }),
      wording.number(1234567890),
    ].join(' '),
  );
  signal?.throwIfAborted();

  // The title band: the title, then the caption, wrapped to the image's width.
  context.font = font(2.6, 700);
  const titleLines = atMost(wrap(context, options.title, width - 2 * margin), 2, `${options.title.slice(0, 80)}…`);
  context.font = font(1.6);
  const captionLines = options.caption.flatMap((line) => wrap(context, line, width - 2 * margin));
  const topHeight =
    margin +
    titleLines.length * 3.4 * unit +
    (captionLines.length ? 0.4 * unit + captionLines.length * 2.2 * unit : 0) +
    0.8 * unit;

  // The foot band: scale and north arrow (left), the words (middle), the QR code (right).
  const qr = await permalinkQrCode(options.permalink);
  const qrSize = qr ? 13 * unit : 0;
  const scaleWidth = Math.min(width * 0.2, 26 * unit);
  const wordsLeft = margin + scaleWidth + 8 * unit;
  const wordsWidth = width - wordsLeft - margin - (qr ? qrSize + margin : 0);
  context.font = font(1.35);
  const shown = options.sources.slice(0, 12);
  const list = shown.join(t('figure.png.sourcesSeparator'));
  const sourceText =
    options.sources.length === 0
      ? ''
      : options.sources.length > shown.length
        ? t('figure.png.sourcesMore', { list, more: options.sources.length - shown.length })
        : t('figure.png.sources', { list });
  const footLines = [
    ...(qr ? [] : [footWords.noQr]),
    ...atMost(wrap(context, sourceText, wordsWidth), 4, footWords.sourcesCut),
    ...wrap(context, options.attribution, wordsWidth),
    t('figure.png.footer', {
      appVersion: options.appVersion,
      dataVersion: options.dataVersion,
      networkDay: figureDay(wording, options.networkDay),
      date: figureDay(wording, options.date),
    }),
  ];
  // The permalink reads left to right in every language (its own line, never reordered).
  const permalinkLine = options.permalink.length > 160 ? `${options.permalink.slice(0, 157)}…` : options.permalink;
  const footLineCount = footLines.length + 1;
  const footHeight = Math.max(qrSize + 2 * margin, footLineCount * 1.9 * unit + 2 * margin, 9 * unit);
  const mapTop = topHeight;
  const mapBottom = height - footHeight;

  // The legend, in as many columns as the map's height needs.
  context.font = font(1.6);
  const rowHeight = 2.2 * unit;
  const labelWidth = Math.max(...options.legend.map((item) => context.measureText(item.label).width), 10 * unit);
  const columnWidth = labelWidth + 6.5 * unit;
  const rowsFit = Math.max(1, Math.floor((mapBottom - mapTop - 2 * margin - 3.4 * unit) / rowHeight));
  const columns = Math.max(1, Math.ceil(options.legend.length / rowsFit));
  const rows = Math.ceil(options.legend.length / columns);
  const legendSize = { width: columns * columnWidth + unit, height: 3.4 * unit + rows * rowHeight + 0.6 * unit };
  const bands: PixelBox[] = [
    { x: 0, y: 0, width, height: topHeight },
    { x: 0, y: mapBottom, width, height: footHeight },
  ];
  const corners: PixelBox[] = [
    { x: margin, y: mapTop + margin, ...legendSize },
    { x: width - margin - legendSize.width, y: mapTop + margin, ...legendSize },
    { x: margin, y: mapBottom - margin - legendSize.height, ...legendSize },
    { x: width - margin - legendSize.width, y: mapBottom - margin - legendSize.height, ...legendSize },
  ];
  const viewBounds = map.getBounds();
  const content = options.content ?? {
    west: viewBounds.getWest(),
    south: viewBounds.getSouth(),
    east: viewBounds.getEast(),
    north: viewBounds.getNorth(),
  };
  const layouts = (options.legend.length ? corners : [undefined]).map((legend) => ({
    legend,
    overlays: legend ? [...bands, legend] : bands,
  }));
  const chosen = bestLayout(layouts, (overlays) =>
    frameFigure({
      content,
      image: { width, height },
      overlays,
      pixelRatio,
      padding: 4 * unit,
      minZoom: map.getMinZoom(),
      maxZoom: map.getMaxZoom(),
    }),
  );
  if (!chosen) throw new Error(t('figure.error.layout'));
  const { frame } = chosen;
  const legendBox = chosen.layout.legend;

  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${cssWidth}px`,
    height: `${cssHeight}px`,
  });
  document.body.append(container);
  // The map draws a frame each time more of it has loaded (about twenty before it is idle), and a
  // software renderer pays for every pixel of each. So it loads at a pixel ratio that keeps the
  // canvas small (the camera, tiles, labels and their placement do not depend on the ratio), and
  // draws once at the export's ratio when everything is in.
  const loadingPixelRatio = Math.min(pixelRatio, LOADING_CANVAS_PIXELS / Math.max(cssWidth, cssHeight, 1));
  const exportMap = new runtime.MapLibreMap({
    container,
    style: map.getStyle(),
    // The style's global state (the labels' language) as the map on screen has it now.
    globalState: map.getGlobalState(),
    center: [frame.center.longitude, frame.center.latitude],
    zoom: frame.zoom,
    bearing: 0,
    pitch: 0,
    pixelRatio: loadingPixelRatio,
    maxCanvasSize: [MAXIMUM_CANVAS_PIXELS, MAXIMUM_CANVAS_PIXELS],
    canvasContextAttributes: { preserveDrawingBuffer: true },
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    maxZoom: map.getMaxZoom(),
    minZoom: map.getMinZoom(),
  });
  let mapRemoved = false;
  const removeMap = () => {
    if (mapRemoved) return;
    mapRemoved = true;
    exportMap.remove();
  };
  try {
    await waitForIdle(exportMap, 120_000, signal, t('figure.error.timeout'));
    signal?.throwIfAborted();
    if (loadingPixelRatio !== pixelRatio) {
      exportMap.setPixelRatio(pixelRatio);
      await waitForIdle(exportMap, 120_000, signal, t('figure.error.timeout'));
      signal?.throwIfAborted();
    }
    options.onProgress?.('compose');
    // The renderer may still be drawing when the map says it is idle; reading the canvas would then
    // wait for it on the main thread (seconds, with a software renderer). Wait without blocking.
    await drawingFinished(exportMap.getCanvas(), signal);
    signal?.throwIfAborted();
    context.drawImage(exportMap.getCanvas(), 0, 0, width, height);
    const panel = (box: PixelBox, opacity = 0.9) => {
      context.fillStyle = `rgba(255, 255, 255, ${opacity})`;
      context.fillRect(box.x, box.y, box.width, box.height);
      context.strokeStyle = '#8c959f';
      context.lineWidth = Math.max(1, unit * 0.08);
      context.strokeRect(box.x, box.y, box.width, box.height);
    };
    for (const band of bands) panel(band, 1);
    context.textBaseline = 'middle';
    // Text blocks start where the language's lines start (the right in Persian).
    context.textAlign = 'start';

    // Title and caption.
    context.fillStyle = ink;
    context.font = font(2.6, 700);
    titleLines.forEach((line, index) => {
      context.fillText(line, lineStart, margin + (index + 0.5) * 3.4 * unit);
    });
    context.font = font(1.6);
    captionLines.forEach((line, index) => {
      context.fillText(
        line,
        lineStart,
        margin + titleLines.length * 3.4 * unit + 0.4 * unit + (index + 0.5) * 2.2 * unit,
      );
    });

    // Legend: in Persian its columns, swatches and words run from the right.
    if (legendBox) {
      panel(legendBox);
      const side = rightToLeft ? -1 : 1;
      const edge = rightToLeft ? legendBox.x + legendBox.width - unit : legendBox.x + unit;
      context.fillStyle = ink;
      context.font = font(1.7, 700);
      context.fillText(footWords.legend, edge, legendBox.y + 1.8 * unit);
      context.font = font(1.6);
      options.legend.forEach((item, index) => {
        const column = Math.floor(index / rows);
        const x = edge + side * column * columnWidth;
        const y = legendBox.y + 3.4 * unit + ((index % rows) + 0.5) * rowHeight;
        if (item.symbol === 'point') {
          context.fillStyle = item.colour;
          context.beginPath();
          context.arc(x + side * 2 * unit, y, 0.65 * unit, 0, 2 * Math.PI);
          context.fill();
        } else {
          context.strokeStyle = item.colour;
          context.lineWidth = (item.symbol === 'band' ? 1.3 : 0.55) * unit;
          context.setLineDash(item.symbol === 'dashed-line' ? [unit, 0.6 * unit] : []);
          context.beginPath();
          context.moveTo(x, y);
          context.lineTo(x + side * 4 * unit, y);
          context.stroke();
          context.setLineDash([]);
        }
        context.fillStyle = ink;
        context.fillText(item.label, x + side * 5 * unit, y);
      });
    }

    // Scale bars (km and nm), true at the middle of the map area; north arrow beside them.
    const middleY = (mapTop + mapBottom) / 2 / pixelRatio;
    const left = exportMap.unproject([0, middleY]);
    const right = exportMap.unproject([cssWidth, middleY]);
    const kilometresPerPixel = greatCircleKilometers([left.lng, left.lat], [right.lng, right.lat]) / width;
    context.font = font(1.4);
    // The scale is a drawing read from its left end, in every language.
    context.textAlign = 'left';
    const scaleLabel = (unitId: 'km' | 'nm', length: number) => {
      const values = { length: wording.number(length, { useGrouping: false }), count: length };
      return unitId === 'km' ? t('figure.png.scaleKm', values) : t('figure.png.scaleNm', values);
    };
    for (const [index, [unitId, unitKilometres]] of (
      [
        ['km', 1],
        ['nm', KILOMETERS_PER_NAUTICAL_MILE],
      ] as const
    ).entries()) {
      const length = niceLength((scaleWidth * kilometresPerPixel) / unitKilometres);
      const pixels = (length * unitKilometres) / kilometresPerPixel;
      const y = mapBottom + margin + (index + 1) * 2.8 * unit;
      context.strokeStyle = ink;
      context.lineWidth = 0.3 * unit;
      context.beginPath();
      context.moveTo(margin, y - 0.7 * unit);
      context.lineTo(margin, y);
      context.lineTo(margin + pixels, y);
      context.lineTo(margin + pixels, y - 0.7 * unit);
      context.stroke();
      context.fillStyle = ink;
      context.fillText(scaleLabel(unitId, length), margin + pixels + unit, y - 0.3 * unit);
    }
    context.font = font(1.3);
    context.fillText(footWords.scaleNote, margin, mapBottom + margin + 7.4 * unit);
    const arrowX = margin + scaleWidth + 4.5 * unit;
    const arrowY = mapBottom + margin + 4.2 * unit;
    context.fillStyle = ink;
    context.beginPath();
    context.moveTo(arrowX, arrowY - 2.4 * unit);
    context.lineTo(arrowX + 1.1 * unit, arrowY + 1.2 * unit);
    context.lineTo(arrowX, arrowY + 0.5 * unit);
    context.lineTo(arrowX - 1.1 * unit, arrowY + 1.2 * unit);
    context.closePath();
    context.fill();
    context.font = font(1.6, 700);
    context.textAlign = 'center';
    context.fillText(footWords.north, arrowX, arrowY - 3.4 * unit);

    // The words and the permalink's QR code.
    context.font = font(1.35);
    context.textAlign = 'start';
    const wordsStart = rightToLeft ? wordsLeft + wordsWidth : wordsLeft;
    footLines.forEach((line, index) => {
      context.fillText(line, wordsStart, mapBottom + margin + (index + 0.5) * 1.9 * unit);
    });
    context.direction = 'ltr';
    context.textAlign = rightToLeft ? 'right' : 'left';
    context.fillText(permalinkLine, wordsStart, mapBottom + margin + (footLines.length + 0.5) * 1.9 * unit);
    if (qr) {
      const modules = qr.getModuleCount();
      const cell = qrSize / (modules + 2);
      const qrLeft = width - margin - qrSize;
      const qrTop = mapBottom + (footHeight - qrSize) / 2;
      context.fillStyle = '#ffffff';
      context.fillRect(qrLeft, qrTop, qrSize, qrSize);
      context.fillStyle = '#000000';
      for (let row = 0; row < modules; row += 1) {
        for (let column = 0; column < modules; column += 1) {
          if (qr.isDark(row, column)) {
            context.fillRect(qrLeft + (column + 1) * cell, qrTop + (row + 1) * cell, Math.ceil(cell), Math.ceil(cell));
          }
        }
      }
    }

    const layout: FigureLayout = {
      mapArea: frame.mapArea,
      legend: {
        box: legendBox ?? { x: 0, y: 0, width: 0, height: 0 },
        labels: options.legend.map((item) => item.label),
      },
      framed: options.content ? 'content' : 'view',
      marks: (options.marks ?? []).map(({ label, longitude, latitude }) => {
        const point = exportMap.project([longitude, latitude]);
        return { label, x: point.x * pixelRatio, y: point.y * pixelRatio };
      }),
    };
    signal?.throwIfAborted();
    options.onProgress?.('encode');
    // The map's own canvas is no longer needed: free it before the encoder takes its memory.
    removeMap();
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('figure.error.encode')))), 'image/png'),
    );
    // The text chunks tools read stay English and Latin-1 (tEXt); the layout's legend labels, in
    // any script, as ASCII escapes in its JSON; the title and caption in the figure's language, when
    // that is not English, in iTXt chunks tagged with the language.
    const english = options.metadata ?? { title: options.title, caption: options.caption };
    const language = wording.locale.split('-')[0] ?? 'en';
    const international: InternationalText[] =
      options.metadata && language !== 'en'
        ? [
            // i18n-exempt: PNG's registered keyword
            { keyword: 'Title', language, translatedKeyword: '', text: options.title },
            // i18n-exempt: PNG's registered keyword
            { keyword: 'Description', language, translatedKeyword: '', text: options.caption.join(' ') },
          ]
        : [];
    const bytes = withPngInternationalText(
      withPngText(new Uint8Array(await png.arrayBuffer()), {
        Title: english.title,
        Description: english.caption.join(' '),
        Source: options.permalink,
        // i18n-exempt: a machine text chunk (software and data version), read by tools
        Software: `INSTC Explorer ${options.appVersion}, data version ${options.dataVersion}`,
        'instc:figure': asciiJson(layout),
      }),
      international,
    );
    signal?.throwIfAborted();
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    removeMap();
    container.remove();
  }
}
