import type { LegendEntry } from '../cartography/overlay-definition';
import { greatCircleKilometers, KILOMETERS_PER_NAUTICAL_MILE } from '../domain/great-circle';
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
  title: string;
  legend: readonly LegendEntry[];
  attribution: string;
  permalink: string;
  dataVersion: string;
  appVersion: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The day the map shows (`YYYY-MM-DD`). */
  networkDay: string;
}

/** SwiftShader's (and most GPUs') WebGL canvas limit, in pixels. */
const MAXIMUM_CANVAS_PIXELS = 8192;

function waitForIdle(map: MapLibreMap, timeoutMilliseconds: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the map did not finish drawing the export in time')),
      timeoutMilliseconds,
    );
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function niceLength(maximum: number): number {
  const power = 10 ** Math.floor(Math.log10(maximum));
  for (const step of [5, 2, 1]) if (step * power <= maximum) return step * power;
  return power;
}

/**
 * Renders the current view as a PNG of exactly `width × height` pixels: a second, hidden map
 * draws the same geographic extent at a pixel ratio that fills the image (MapLibre's canvas cap is
 * raised for it, up to the GPU's 8192 px), then the legend, scale bars (km and nm), north arrow,
 * title, attribution, versions, date and the permalink (text and QR code) are drawn on a 2D canvas
 * on top (the map's DOM controls are not part of its canvas).
 */
export async function renderMapImage(
  map: MapLibreMap,
  runtime: RuntimeModule,
  options: MapImageOptions,
): Promise<Blob> {
  const screen = map.getCanvas().getBoundingClientRect();
  // Keep the labels' size on paper close to the screen's: the CSS size stays near the on-screen
  // map, and the pixel ratio makes up the rest of the image's pixels.
  const pixelRatio = Math.max(
    options.width / Math.max(screen.width, 1),
    options.height / Math.max(screen.height, 1),
    1,
  );
  const cssWidth = options.width / pixelRatio;
  const cssHeight = options.height / pixelRatio;
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
  const bounds = map.getBounds();
  const exportMap = new runtime.MapLibreMap({
    container,
    style: map.getStyle(),
    bounds,
    fitBoundsOptions: { padding: 0 },
    bearing: map.getBearing(),
    pixelRatio,
    maxCanvasSize: [MAXIMUM_CANVAS_PIXELS, MAXIMUM_CANVAS_PIXELS],
    canvasContextAttributes: { preserveDrawingBuffer: true },
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    maxZoom: map.getMaxZoom(),
    minZoom: map.getMinZoom(),
  });
  try {
    await waitForIdle(exportMap, 120_000);
    const canvas = document.createElement('canvas');
    canvas.width = options.width;
    canvas.height = options.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot compose the image (no 2D canvas)');
    context.drawImage(exportMap.getCanvas(), 0, 0, options.width, options.height);

    const unit = options.height / 100;
    const font = (size: number, weight = 400) => `${weight} ${Math.round(size * unit)}px "Noto Sans", sans-serif`;
    const panel = (x: number, y: number, width: number, height: number) => {
      context.fillStyle = 'rgba(255, 255, 255, 0.88)';
      context.fillRect(x, y, width, height);
      context.strokeStyle = '#8c959f';
      context.lineWidth = Math.max(1, unit * 0.08);
      context.strokeRect(x, y, width, height);
    };
    const margin = 1.5 * unit;

    // Title.
    context.font = font(2.6, 700);
    const titleWidth = context.measureText(options.title).width;
    panel(margin, margin, titleWidth + 2 * unit, 4.2 * unit);
    context.fillStyle = '#1f2328';
    context.textBaseline = 'middle';
    context.fillText(options.title, margin + unit, margin + 2.1 * unit);

    // Legend.
    context.font = font(1.7);
    const legendWidth = Math.max(...options.legend.map((item) => context.measureText(item.label).width), 10) + 7 * unit;
    const legendHeight = (options.legend.length + 1) * 2.4 * unit;
    const legendTop = margin + 6 * unit;
    panel(margin, legendTop, legendWidth, legendHeight);
    context.font = font(1.8, 700);
    context.fillStyle = '#1f2328';
    context.fillText('Legend', margin + unit, legendTop + 1.4 * unit);
    context.font = font(1.7);
    options.legend.forEach((item, index) => {
      const y = legendTop + (index + 1.6) * 2.4 * unit;
      if (item.symbol === 'point') {
        context.fillStyle = item.colour;
        context.beginPath();
        context.arc(margin + 2.75 * unit, y, 0.7 * unit, 0, 2 * Math.PI);
        context.fill();
      } else {
        context.strokeStyle = item.colour;
        context.lineWidth = (item.symbol === 'band' ? 1.4 : 0.6) * unit;
        context.setLineDash(item.symbol === 'dashed-line' ? [unit, 0.6 * unit] : []);
        context.beginPath();
        context.moveTo(margin + unit, y);
        context.lineTo(margin + 4.5 * unit, y);
        context.stroke();
        context.setLineDash([]);
      }
      context.fillStyle = '#1f2328';
      context.fillText(item.label, margin + 5.5 * unit, y);
    });

    // North arrow (the map's bearing turns it).
    const arrowX = options.width - margin - 3 * unit;
    const arrowY = margin + 4 * unit;
    context.save();
    context.translate(arrowX, arrowY);
    context.rotate((-exportMap.getBearing() * Math.PI) / 180);
    context.fillStyle = '#1f2328';
    context.beginPath();
    context.moveTo(0, -3 * unit);
    context.lineTo(1.3 * unit, 1.5 * unit);
    context.lineTo(0, 0.6 * unit);
    context.lineTo(-1.3 * unit, 1.5 * unit);
    context.closePath();
    context.fill();
    context.font = font(2, 700);
    context.textAlign = 'center';
    context.fillText('N', 0, -4.2 * unit);
    context.restore();
    context.textAlign = 'left';

    // Scale bars, from the distance across the middle of the exported map.
    const middle = cssHeight / 2;
    const left = exportMap.unproject([0, middle]);
    const right = exportMap.unproject([cssWidth, middle]);
    const kilometresPerPixel = greatCircleKilometers([left.lng, left.lat], [right.lng, right.lat]) / options.width;
    const barMaximum = options.width * 0.18;
    const scaleTop = options.height - margin - 7 * unit;
    panel(margin, scaleTop, barMaximum + 9 * unit, 6 * unit);
    for (const [index, [label, unitKilometres]] of (
      [
        ['km', 1],
        ['nm', KILOMETERS_PER_NAUTICAL_MILE],
      ] as const
    ).entries()) {
      const length = niceLength((barMaximum * kilometresPerPixel) / unitKilometres);
      const pixels = (length * unitKilometres) / kilometresPerPixel;
      const y = scaleTop + (index + 1) * 2.6 * unit;
      context.strokeStyle = '#1f2328';
      context.lineWidth = 0.35 * unit;
      context.beginPath();
      context.moveTo(margin + unit, y - 0.7 * unit);
      context.lineTo(margin + unit, y);
      context.lineTo(margin + unit + pixels, y);
      context.lineTo(margin + unit + pixels, y - 0.7 * unit);
      context.stroke();
      context.fillStyle = '#1f2328';
      context.font = font(1.6);
      context.fillText(`${length} ${label}`, margin + 2 * unit + pixels, y - 0.3 * unit);
    }

    // Permalink: QR code and text, bottom right; attribution, versions and date above it. A link
    // too long for any QR code is printed as text only, with a note.
    const qr = await permalinkQrCode(options.permalink);
    const qrSize = qr ? 14 * unit : 0;
    const qrLeft = options.width - margin - qrSize;
    if (qr) {
      const modules = qr.getModuleCount();
      const cell = qrSize / (modules + 2);
      const qrTop = options.height - margin - qrSize;
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
    const lines = [
      ...(qr ? [] : ['(the link is too long for a QR code; use the link below)']),
      options.attribution,
      `INSTC Explorer ${options.appVersion} · data version ${options.dataVersion} · network as on ${options.networkDay} · exported ${options.date}`,
      options.permalink.length > 140 ? `${options.permalink.slice(0, 137)}…` : options.permalink,
    ];
    context.font = font(1.4);
    const textWidth = Math.max(...lines.map((line) => context.measureText(line).width)) + 2 * unit;
    const textTop = options.height - margin - lines.length * 2 * unit - unit;
    panel(qrLeft - textWidth - unit, textTop, textWidth, lines.length * 2 * unit + unit);
    context.fillStyle = '#1f2328';
    lines.forEach((line, index) => {
      context.fillText(line, qrLeft - textWidth, textTop + (index + 1) * 2 * unit - 0.5 * unit);
    });

    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    exportMap.remove();
    container.remove();
  }
}
