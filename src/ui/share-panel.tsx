import { useEffect, useId, useRef, useState } from 'react';
import { CITATION_FORMATS, type CitationFormat } from '../domain/citation-formats';
import { citeView } from '../domain/cite-view';
import { isoDate } from '../domain/export/export-file-name';
import { legRows } from '../domain/figure/figure-text';
import { readPngText } from '../domain/figure/png-text';
import { EXPORT_SIZES, exportPixels, type Orientation, paperOf } from '../domain/paper-sizes';
import { DEFAULT_BOUNDS } from '../domain/view-limits';
import { useDataVersion, useExplorer, useExplorerStore, useLoadedData } from '../state/explorer-context';
import { type ExplorerState, type ExplorerStore, selectLinkState } from '../state/explorer-store';
import { formatLink } from '../state/link/format-link';
import { FIGURE_ATTRIBUTION, type FigureContent, figureContent } from './figure-request';
import { setPrintFigure } from './print-report';
import './share-panel.css';

/**
 * The page's address without its query and hash: all state is in the hash, and a query string
 * (which a hostile referrer may have added) never goes into a permalink, an embed or a citation.
 */
function pageAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** The longest side of the live preview, in pixels. */
const PREVIEW_PIXELS = 640;

/** The figure options a reader chooses. */
interface FigureOptions {
  sizeId: string;
  orientation: Orientation;
  caption: boolean;
}

let renderQueue: Promise<unknown> = Promise.resolve();

/**
 * Asks the map for a figure, one at a time (the preview and the downloads take turns rather than
 * refuse each other).
 */
function renderFigure(
  store: ExplorerStore,
  request: Omit<Parameters<ExplorerState['requestImageExport']>[0], 'resolve' | 'reject'>,
): Promise<Blob> {
  const run = () =>
    new Promise<Blob>((resolve, reject) => store.getState().requestImageExport({ ...request, resolve, reject }));
  const result = renderQueue.then(run, run);
  renderQueue = result.catch(() => undefined);
  return result;
}

/** An export under way, as the panel shows it: a progress bar, the step in words, and Cancel. */
interface ExportProgress {
  /** What is being made, e.g. "the image (3508 × 2480 px)". */
  what: string;
  steps: readonly string[];
  step: number;
  controller: AbortController;
}

const IMAGE_STEPS = { map: 'drawing the map', compose: 'composing the figure', encode: 'encoding the PNG' } as const;

/** An export's error in words; a cancelled export is not an error. */
function exportFailure(what: string, error: unknown): string {
  if (error instanceof DOMException && error.name === 'AbortError') return 'Export cancelled; nothing was downloaded.';
  return `${what} could not be made: ${error instanceof Error ? error.message : String(error)}`;
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The permalink of the store's state. */
function linkOf(state: ExplorerState, dataVersion: string): string {
  return `${pageAddress()}#${formatLink(selectLinkState(state), dataVersion)}`;
}

/** A figure request for the view: its words, its frame, its size. */
function figureRequest(
  state: ExplorerState,
  figure: FigureContent,
  size: { width: number; height: number },
  finalSize: { width: number; height: number } | undefined,
) {
  return {
    width: size.width,
    height: size.height,
    finalSize,
    title: figure.title,
    caption: figure.caption,
    attribution: FIGURE_ATTRIBUTION,
    sources: figure.sources.map((source) => source.title),
    content: figure.content,
    marks: figure.marks,
    permalink: linkOf(state, state.dataVersion),
    dataVersion: state.dataVersion,
    appVersion: __APP_VERSION__,
    date: isoDate(new Date()),
    networkDay: figure.networkDay,
  };
}

/** The figure's pixel size for the chosen options. */
function figurePixels(state: ExplorerState, options: FigureOptions) {
  const size = EXPORT_SIZES.find((candidate) => candidate.id === options.sizeId) ?? EXPORT_SIZES[0];
  const frame = state.mapFrame;
  const pixels = size
    ? exportPixels(size, { width: frame?.width ?? 1280, height: frame?.height ?? 800 }, options.orientation)
    : { width: 1280, height: 800 };
  return { size, pixels };
}

/** The legend and framing the PNG records about itself, in words, for the preview's description. */
async function describePng(blob: Blob): Promise<{ legend: string[]; framed: string }> {
  const text = readPngText(new Uint8Array(await blob.arrayBuffer()));
  const layout = JSON.parse(text['instc:figure'] ?? '{}') as { legend?: { labels?: string[] }; framed?: string };
  return { legend: layout.legend?.labels ?? [], framed: layout.framed ?? 'view' };
}

/** Citations of the view in every style, each with a copy button. */
function Citations({ citations }: { citations: Record<CitationFormat, string> }) {
  const [copied, setCopied] = useState<string>('');
  const baseId = useId();
  return (
    <div className="citations">
      {CITATION_FORMATS.map((format) => (
        <div key={format.id} className="citation">
          <label htmlFor={`${baseId}-${format.id}`}>{format.label}</label>
          <textarea
            id={`${baseId}-${format.id}`}
            readOnly
            className={`share-panel__text${format.id === 'bibtex' || format.id === 'ris' ? ' share-panel__bibtex' : ''}`}
            value={citations[format.id]}
            data-testid={`citation-${format.id}`}
            onFocus={(event) => event.target.select()}
          />
          <button
            type="button"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(citations[format.id]);
                setCopied(`${format.label} citation copied.`);
              } catch {
                setCopied('The browser refused the clipboard: select the text and copy it.');
              }
            }}
          >
            Copy {format.label.split(' ')[0]}
          </button>
        </div>
      ))}
      <p role="status" className="hint">
        {copied}
      </p>
    </div>
  );
}

/**
 * Share the view: copy its link (with a selectable fallback where the clipboard is refused), an
 * embed snippet (the current extent as `bbox`, `embed=1`), citations (APA, Chicago, BibTeX, RIS),
 * and a report figure: a live preview, a PNG at screen, A4 or A3 size in either orientation, a
 * PDF with the figure, the route's summary, legs and sources, and the browser's print.
 */
export function SharePanel() {
  const store = useExplorerStore();
  const corridor = useLoadedData('corridor');
  // The figure names its sources by title: the panel waits for the bibliography.
  useLoadedData('bibliography');
  const mapReady = useExplorer((state) => state.mapStatus.kind === 'ready');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'refused'>('idle');
  const [embedSnippet, setEmbedSnippet] = useState<string | undefined>(undefined);
  const [citations, setCitations] = useState<Record<CitationFormat, string> | undefined>(undefined);
  const [options, setOptions] = useState<FigureOptions>({ sizeId: 'a4-150', orientation: 'landscape', caption: true });
  const [exportState, setExportState] = useState<string | undefined>(undefined);
  // The export under way: what it makes, its step, and how to cancel it (issue 15 §5).
  const [exporting, setExporting] = useState<ExportProgress | undefined>(undefined);
  const [preview, setPreview] = useState<{ url: string; legend: string[]; framed: string } | undefined>(undefined);
  const [previewState, setPreviewState] = useState<string>('');
  const [visible, setVisible] = useState(false);
  // The preview is drawn by a second map; it starts when asked, then follows every change.
  const [previewOn, setPreviewOn] = useState(false);
  const previewRef = useRef<HTMLElement>(null);
  const baseId = useId();

  const dataVersion = useDataVersion();
  const link = () => linkOf(store.getState(), dataVersion);

  // What the preview shows: the options, and the view without its camera when the figure frames
  // content of its own (the route, the comparison, the selection).
  const previewKey = useExplorer((state) => {
    const figure = figureContent(state, corridor, options.caption);
    const { camera, boundingBox, ...rest } = selectLinkState(state);
    const view = figure.content ? rest : { ...rest, camera, frame: state.mapFrame?.bounds, boundingBox };
    return JSON.stringify([options, view, state.mapFrame?.width, state.mapFrame?.height, state.loaded.energy.status]);
  });

  useEffect(() => {
    const element = previewRef.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((entry) => entry.isIntersecting)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!mapReady || !visible || !previewOn || !previewKey) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      const state = store.getState();
      const figure = figureContent(state, corridor, options.caption);
      const { pixels } = figurePixels(state, options);
      const scale = PREVIEW_PIXELS / Math.max(pixels.width, pixels.height);
      const size = { width: Math.round(pixels.width * scale), height: Math.round(pixels.height * scale) };
      setPreviewState('Drawing the preview…');
      renderFigure(store, figureRequest(state, figure, size, pixels))
        .then(async (blob) => {
          if (cancelled) return;
          const described = await describePng(blob);
          setPreview((previous) => {
            if (previous) URL.revokeObjectURL(previous.url);
            return { url: URL.createObjectURL(blob), ...described };
          });
          setPreviewState('');
        })
        .catch((error: unknown) => {
          if (!cancelled)
            setPreviewState(
              `The preview could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
            );
        });
    }, 600);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [previewKey, mapReady, visible, previewOn, store, corridor, options]);

  // The last preview's image is let go when the panel goes.
  const previewUrl = useRef<string | undefined>(undefined);
  previewUrl.current = preview?.url;
  useEffect(
    () => () => {
      if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
    },
    [],
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link());
      setCopyState('copied');
    } catch {
      setCopyState('refused');
    }
  };

  const makeEmbed = () => {
    const state = selectLinkState(store.getState());
    const { camera: _camera, ...rest } = state;
    const boundingBox = store.getState().mapFrame?.bounds ?? DEFAULT_BOUNDS;
    const round = (value: number) => Math.round(value * 10_000) / 10_000;
    const embedded = formatLink(
      {
        ...rest,
        boundingBox: {
          west: round(boundingBox.west),
          south: round(boundingBox.south),
          east: round(boundingBox.east),
          north: round(boundingBox.north),
        },
        embed: true,
      },
      dataVersion,
    );
    setEmbedSnippet(
      `<iframe src="${pageAddress()}#${embedded}" width="800" height="600" style="border:0" title="INSTC Explorer map" loading="lazy"></iframe>`,
    );
  };

  const citationsOf = (state: ExplorerState, title: string, networkDay: string) =>
    citeView({
      url: linkOf(state, dataVersion),
      title,
      appVersion: __APP_VERSION__,
      dataVersion,
      accessedOn: isoDate(new Date()),
      networkDay,
    });

  /** Starts an export's progress; returns its signal and a `stage` reporter for the map's steps. */
  const startExport = (what: string, extraSteps: readonly string[] = []) => {
    const controller = new AbortController();
    const steps = [...Object.values(IMAGE_STEPS), ...extraSteps];
    setExportState(undefined);
    setExporting({ what, steps, step: 0, controller });
    const toStep = (step: number) =>
      setExporting((current) => (current?.controller === controller ? { ...current, step } : current));
    return {
      signal: controller.signal,
      onProgress: (stage: keyof typeof IMAGE_STEPS) => toStep(Object.keys(IMAGE_STEPS).indexOf(stage)),
      toStep,
      end: (message: string) => {
        setExporting((current) => (current?.controller === controller ? undefined : current));
        setExportState(message);
      },
    };
  };

  const exportImage = async () => {
    const state = store.getState();
    const { size, pixels } = figurePixels(state, options);
    if (!size) return;
    const progress = startExport(`the image (${pixels.width} × ${pixels.height} px)`);
    try {
      const figure = figureContent(state, corridor, options.caption);
      const blob = await renderFigure(store, {
        ...figureRequest(state, figure, pixels, undefined),
        signal: progress.signal,
        onProgress: progress.onProgress,
      });
      const date = isoDate(new Date());
      downloadBlob(blob, `instc-map-${date}-${size.id}${options.orientation === 'portrait' ? '-portrait' : ''}.png`);
      progress.end(`Exported ${pixels.width} × ${pixels.height} px.`);
    } catch (error) {
      progress.end(exportFailure('The image', error));
    }
  };

  const exportPdf = async () => {
    const state = store.getState();
    const { size, pixels } = figurePixels(state, options);
    if (!size) return;
    const progress = startExport(`the PDF (figure ${pixels.width} × ${pixels.height} px)`, ['writing the PDF']);
    try {
      const figure = figureContent(state, corridor, options.caption);
      const blob = await renderFigure(store, {
        ...figureRequest(state, figure, pixels, undefined),
        signal: progress.signal,
        onProgress: progress.onProgress,
      });
      progress.toStep(3);
      const { buildReportPdf } = await import('./report-pdf');
      const paper =
        paperOf(size, options.orientation) ??
        (options.orientation === 'portrait' ? { width: 210, height: 297 } : { width: 297, height: 210 });
      const pdf = await buildReportPdf({
        title: figure.title,
        figure: { png: new Uint8Array(await blob.arrayBuffer()), ...pixels },
        paper,
        summary: figureContent(state, corridor, true).caption,
        legs: figure.route ? legRows(figure.route, figure.names) : [],
        sources: figure.sources,
        permalink: linkOf(state, dataVersion),
        citation: citationsOf(state, figure.title, figure.networkDay).apa,
        footer: `${FIGURE_ATTRIBUTION}. App version ${__APP_VERSION__}, data version ${dataVersion}, network as on ${figure.networkDay}; made ${isoDate(new Date())}.`,
      });
      progress.signal.throwIfAborted();
      downloadBlob(pdf, `instc-report-${isoDate(new Date())}-${size.id}.pdf`);
      progress.end(`Exported the PDF (${Math.round(pdf.size / 1024)} kB).`);
    } catch (error) {
      progress.end(exportFailure('The PDF', error));
    }
  };

  // The browser's print, with the framed figure in place of the live map.
  const print = async () => {
    const state = store.getState();
    const { pixels } = figurePixels(state, options);
    setExportState('Preparing the figure for printing…');
    try {
      const figure = figureContent(state, corridor, options.caption);
      const blob = await renderFigure(store, figureRequest(state, figure, pixels, undefined));
      setPrintFigure({ url: URL.createObjectURL(blob), link: linkOf(store.getState(), dataVersion) });
      setExportState(undefined);
    } catch (error) {
      setExportState(
        `The figure could not be made; the print shows the map as it is (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    window.print();
  };

  return (
    <div className="share-panel">
      <div className="button-row">
        <button type="button" onClick={copy}>
          Copy link
        </button>
        <button type="button" onClick={makeEmbed}>
          Embed
        </button>
        <button
          type="button"
          onClick={() => {
            const state = store.getState();
            const figure = figureContent(state, corridor, false);
            setCitations(citationsOf(state, figure.title, figure.networkDay));
          }}
        >
          Cite this view
        </button>
      </div>
      <p role="status" className="hint">
        {copyState === 'copied' ? 'Link copied to the clipboard.' : ''}
        {copyState === 'refused' ? 'The browser refused the clipboard: select the link below and copy it.' : ''}
      </p>
      {copyState === 'refused' ? (
        <textarea
          readOnly
          aria-label="Link to this view"
          className="share-panel__text"
          value={link()}
          onFocus={(event) => event.target.select()}
          ref={(element) => element?.select()}
        />
      ) : null}
      {embedSnippet ? (
        <label className="block-choice">
          Embed code (the current extent as a box, so it fits any frame size)
          <textarea
            readOnly
            className="share-panel__text"
            value={embedSnippet}
            onFocus={(event) => event.target.select()}
            data-testid="embed-snippet"
          />
        </label>
      ) : null}
      {citations ? <Citations citations={citations} /> : null}
      <fieldset className="figure-options">
        <legend>Figure for a report</legend>
        <div className="button-row">
          <label>
            Image size{' '}
            <select value={options.sizeId} onChange={(event) => setOptions({ ...options, sizeId: event.target.value })}>
              {EXPORT_SIZES.map((size) => (
                <option key={size.id} value={size.id}>
                  {size.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Orientation{' '}
            <select
              value={options.orientation}
              disabled={options.sizeId === 'screen'}
              onChange={(event) => setOptions({ ...options, orientation: event.target.value as Orientation })}
            >
              <option value="landscape">Landscape</option>
              <option value="portrait">Portrait</option>
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.caption}
              onChange={(event) => setOptions({ ...options, caption: event.target.checked })}
            />{' '}
            Caption with the headline figures
          </label>
        </div>
        <button type="button" aria-pressed={previewOn} onClick={() => setPreviewOn(!previewOn)}>
          {previewOn ? 'Hide the preview' : 'Show a live preview'}
        </button>
        <figure className="figure-preview" ref={previewRef} aria-labelledby={`${baseId}-preview`}>
          {previewOn && preview ? (
            <img
              src={preview.url}
              alt={`Preview of the figure: the map framed on ${preview.framed === 'content' ? 'what the view shows' : 'the current view'}, with its title, legend and sources.`}
              data-testid="figure-preview"
            />
          ) : null}
          <figcaption id={`${baseId}-preview`}>
            {previewState ||
              (preview ? 'Preview of the figure as it will be downloaded.' : 'The preview appears here.')}
            {preview?.legend.length ? (
              <span className="figure-preview__legend" data-testid="figure-preview-legend">
                {' '}
                Legend: {preview.legend.join('; ')}.
              </span>
            ) : null}
          </figcaption>
        </figure>
        <div className="button-row">
          <button type="button" disabled={!mapReady || exporting !== undefined} onClick={exportImage}>
            Export image (PNG)
          </button>
          <button type="button" disabled={!mapReady || exporting !== undefined} onClick={exportPdf}>
            Export PDF
          </button>
          <button type="button" disabled={!mapReady} onClick={print}>
            Print…
          </button>
        </div>
      </fieldset>
      {exporting ? (
        <div className="export-progress" data-testid="export-progress">
          <label>
            <span role="status">
              Making {exporting.what}: step {exporting.step + 1} of {exporting.steps.length},{' '}
              {exporting.steps[exporting.step]}…
            </span>
            <progress max={exporting.steps.length} value={exporting.step + 0.5} />
          </label>
          <button type="button" onClick={() => exporting.controller.abort()}>
            Cancel
          </button>
        </div>
      ) : null}
      {exportState ? (
        <p role="status" className="hint" data-testid="export-status">
          {exportState}
        </p>
      ) : null}
    </div>
  );
}
