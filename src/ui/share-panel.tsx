import { useEffect, useId, useRef, useState } from 'react';
import { CITATION_FORMATS, type CitationFormat, type CitationWords } from '../domain/citation-formats';
import { citeView } from '../domain/cite-view';
import { isoDate } from '../domain/export/export-file-name';
import { readPngText } from '../domain/figure/png-text';
import { EXPORT_SIZES, exportPixels, type Orientation, paperOf } from '../domain/paper-sizes';
import { DEFAULT_BOUNDS } from '../domain/view-limits';
import type { MessageId } from '../i18n/catalogues';
import { useDisplayNames, useFormatDay, useT, useWording } from '../i18n/use-t';
import type { Wording } from '../i18n/wording';
import { useDataVersion, useExplorer, useExplorerStore, useLoadedData } from '../state/explorer-context';
import { type ExplorerState, type ExplorerStore, selectLinkState } from '../state/explorer-store';
import { formatLink } from '../state/link/format-link';
import { setLocalizedCsvHeaders, useLocalizedCsvHeaders } from './download-options';
import { type FigureContent, figureContent, reportFooter } from './figure-request';
import { setPrintFigure } from './print-report';
import { citationWords } from './share-citation-words';
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

/** The steps of making a figure, as the map reports them, with their words. */
const IMAGE_STEPS = {
  map: 'share.step.map',
  compose: 'share.step.compose',
  encode: 'share.step.encode',
} as const satisfies Record<string, MessageId>;

/** The citation styles' names, as the panel labels them. */
const CITATION_LABELS: Record<CitationFormat, MessageId> = {
  apa: 'cite.format.apa',
  chicago: 'cite.format.chicago',
  bibtex: 'cite.format.bibtex',
  ris: 'cite.format.ris',
};

/** A citation style's short name, on its copy button: names of the styles, the same in every language. */
const CITATION_SHORT_NAMES: Record<CitationFormat, string> = {
  apa: 'APA', // i18n-exempt: the style's name
  chicago: 'Chicago', // i18n-exempt: the style's name
  bibtex: 'BibTeX', // i18n-exempt: the format's name
  ris: 'RIS', // i18n-exempt: the format's name
};

/** An error's own text (from the browser or a library; shown as it comes). */
function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An export's error in words; a cancelled export is not an error. */
function exportFailure(failed: MessageId, error: unknown, wording: Wording): string {
  if (error instanceof DOMException && error.name === 'AbortError') return wording.t('share.export.cancelled');
  return wording.t(failed, { error: errorText(error) });
}

/** A pixel or file size as a figure in the language's digits, without grouping ("3508"). */
function whole(wording: Wording, value: number): string {
  return wording.number(value, { useGrouping: false });
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
    attribution: figure.attribution,
    wording: figure.wording,
    metadata: figure.english,
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
  const t = useT();
  const [copied, setCopied] = useState<string>('');
  const baseId = useId();
  return (
    <div className="citations">
      {CITATION_FORMATS.map((format) => {
        const machine = format.id === 'bibtex' || format.id === 'ris';
        return (
          <div key={format.id} className="citation">
            <label htmlFor={`${baseId}-${format.id}`}>{t(CITATION_LABELS[format.id])}</label>
            <textarea
              id={`${baseId}-${format.id}`}
              readOnly
              className={`share-panel__text${machine ? ' share-panel__bibtex' : ''}`}
              // BibTeX and RIS are code, read left to right in every language; a citation in words reads in the page's direction.
              dir={machine ? 'ltr' : undefined}
              value={citations[format.id]}
              data-testid={`citation-${format.id}`}
              onFocus={(event) => event.target.select()}
            />
            <button
              type="button"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(citations[format.id]);
                  setCopied(t('cite.copied', { format: t(CITATION_LABELS[format.id]) }));
                } catch {
                  setCopied(t('cite.refused'));
                }
              }}
            >
              {t('cite.copy', { format: CITATION_SHORT_NAMES[format.id] })}
            </button>
          </div>
        );
      })}
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
  const t = useT();
  const wording = useWording();
  const formatDay = useFormatDay();
  const store = useExplorerStore();
  const corridor = useLoadedData('corridor');
  const names = useDisplayNames(corridor);
  const localizedHeaders = useLocalizedCsvHeaders();
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
    const figure = figureContent(state, corridor, options.caption, wording);
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
      const figure = figureContent(state, corridor, options.caption, wording);
      const { pixels } = figurePixels(state, options);
      const scale = PREVIEW_PIXELS / Math.max(pixels.width, pixels.height);
      const size = { width: Math.round(pixels.width * scale), height: Math.round(pixels.height * scale) };
      setPreviewState(t('share.preview.drawing'));
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
          if (!cancelled) setPreviewState(t('share.preview.failed', { error: errorText(error) }));
        });
    }, 600);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [previewKey, mapReady, visible, previewOn, store, corridor, options, t, wording]);

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
    // The frame's title is for the readers of the page it is embedded in, in the language shown here.
    const title = t('share.embedTitle').replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
    setEmbedSnippet(
      // i18n-exempt: HTML markup; its one text, the title, comes from the catalogue
      `<iframe src="${pageAddress()}#${embedded}" width="800" height="600" style="border:0" title="${title}" loading="lazy"></iframe>`,
    );
  };

  const words: CitationWords = citationWords(wording, formatDay);

  /**
   * The view's title for a citation: a route's in the language shown (`wording.routeTitle`); in
   * English, and for other views, the figure's title (English reads exactly as it did).
   */
  const citationTitle = (state: ExplorerState, figureTitle: string) => {
    const route = state.routeQuery.route;
    if (words.language === 'en' || !route || route.length < 2) return figureTitle;
    return wording.routeTitle(route, state.routeQuery.criterion, names);
  };

  const citationsOf = (state: ExplorerState, figureTitle: string, networkDay: string) =>
    citeView(
      {
        url: linkOf(state, dataVersion),
        title: citationTitle(state, figureTitle),
        appVersion: __APP_VERSION__,
        dataVersion,
        accessedOn: isoDate(new Date()),
        networkDay,
      },
      words,
    );

  /** Starts an export's progress; returns its signal and a `stage` reporter for the map's steps. */
  const startExport = (what: string, extraSteps: readonly string[] = []) => {
    const controller = new AbortController();
    const steps = [...Object.values(IMAGE_STEPS).map((id) => t(id)), ...extraSteps];
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
    const dimensions = { width: whole(wording, pixels.width), height: whole(wording, pixels.height) };
    const progress = startExport(t('share.what.image', dimensions));
    try {
      const figure = figureContent(state, corridor, options.caption, wording);
      const blob = await renderFigure(store, {
        ...figureRequest(state, figure, pixels, undefined),
        signal: progress.signal,
        onProgress: progress.onProgress,
      });
      const date = isoDate(new Date());
      // i18n-exempt: a file name
      downloadBlob(blob, `instc-map-${date}-${size.id}${options.orientation === 'portrait' ? '-portrait' : ''}.png`);
      progress.end(t('share.exported.image', dimensions));
    } catch (error) {
      progress.end(exportFailure('share.export.imageFailed', error, wording));
    }
  };

  const exportPdf = async () => {
    const state = store.getState();
    const { size: paperSize, pixels } = figurePixels(state, options);
    if (!paperSize) return;
    const dimensions = { width: whole(wording, pixels.width), height: whole(wording, pixels.height) };
    const progress = startExport(t('share.what.pdf', dimensions), [t('share.step.pdf')]);
    try {
      const figure = figureContent(state, corridor, options.caption, wording);
      const blob = await renderFigure(store, {
        ...figureRequest(state, figure, pixels, undefined),
        signal: progress.signal,
        onProgress: progress.onProgress,
      });
      progress.toStep(3);
      const { buildReportPdf } = await import('./report-pdf');
      const paper =
        paperOf(paperSize, options.orientation) ??
        (options.orientation === 'portrait' ? { width: 210, height: 297 } : { width: 297, height: 210 });
      const pdf = await buildReportPdf({
        title: figure.title,
        figure: { png: new Uint8Array(await blob.arrayBuffer()), ...pixels },
        paper,
        summary: figureContent(state, corridor, true, wording).caption,
        legs: figure.legs,
        sources: figure.sources,
        permalink: linkOf(state, dataVersion),
        citation: citationsOf(state, figure.title, figure.networkDay).apa,
        footer: reportFooter(wording, {
          appVersion: __APP_VERSION__,
          dataVersion,
          networkDay: figure.networkDay,
          date: isoDate(new Date()),
        }),
        wording,
      });
      progress.signal.throwIfAborted();
      // i18n-exempt: a file name
      downloadBlob(pdf, `instc-report-${isoDate(new Date())}-${paperSize.id}.pdf`);
      progress.end(t('share.exported.pdf', { size: whole(wording, Math.round(pdf.size / 1024)) }));
    } catch (error) {
      progress.end(exportFailure('share.export.pdfFailed', error, wording));
    }
  };

  // The browser's print, with the framed figure in place of the live map.
  const print = async () => {
    const state = store.getState();
    const { pixels } = figurePixels(state, options);
    setExportState(t('share.print.preparing'));
    try {
      const figure = figureContent(state, corridor, options.caption, wording);
      const blob = await renderFigure(store, figureRequest(state, figure, pixels, undefined));
      setPrintFigure({ url: URL.createObjectURL(blob), link: linkOf(store.getState(), dataVersion) });
      setExportState(undefined);
    } catch (error) {
      setExportState(t('share.print.failed', { error: errorText(error) }));
    }
    window.print();
  };

  return (
    <div className="share-panel">
      <div className="button-row">
        <button type="button" onClick={copy}>
          {t('share.copyLink')}
        </button>
        <button type="button" onClick={makeEmbed}>
          {t('share.embed')}
        </button>
        <button
          type="button"
          onClick={() => {
            const state = store.getState();
            const figure = figureContent(state, corridor, false, wording);
            setCitations(citationsOf(state, figure.title, figure.networkDay));
          }}
        >
          {t('share.cite')}
        </button>
      </div>
      <p role="status" className="hint">
        {copyState === 'copied' ? t('share.linkCopied') : ''}
        {copyState === 'refused' ? t('share.linkRefused') : ''}
      </p>
      {copyState === 'refused' ? (
        <textarea
          readOnly
          aria-label={t('share.linkLabel')}
          className="share-panel__text"
          dir="ltr"
          value={link()}
          onFocus={(event) => event.target.select()}
          ref={(element) => element?.select()}
        />
      ) : null}
      {embedSnippet ? (
        <label className="block-choice">
          {t('share.embedCode')}
          <textarea
            readOnly
            className="share-panel__text"
            dir="ltr"
            value={embedSnippet}
            onFocus={(event) => event.target.select()}
            data-testid="embed-snippet"
          />
        </label>
      ) : null}
      {citations ? <Citations citations={citations} /> : null}
      <fieldset className="figure-options">
        <legend>{t('share.figure.legend')}</legend>
        <div className="button-row">
          <label>
            {t('share.figure.size')}{' '}
            <select value={options.sizeId} onChange={(event) => setOptions({ ...options, sizeId: event.target.value })}>
              {EXPORT_SIZES.map((size) => (
                <option key={size.id} value={size.id}>
                  {size.paperMillimetres
                    ? t('share.size.paper', {
                        // i18n-exempt: the paper size's name (A4, A3), the same in every language
                        paper: size.id.split('-')[0]?.toUpperCase() ?? size.id,
                        dpi: size.dotsPerInch ?? 0,
                      })
                    : t('share.size.screen')}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('share.figure.orientation')}{' '}
            <select
              value={options.orientation}
              disabled={options.sizeId === 'screen'}
              onChange={(event) => setOptions({ ...options, orientation: event.target.value as Orientation })}
            >
              <option value="landscape">{t('share.figure.landscape')}</option>
              <option value="portrait">{t('share.figure.portrait')}</option>
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.caption}
              onChange={(event) => setOptions({ ...options, caption: event.target.checked })}
            />{' '}
            {t('share.figure.caption')}
          </label>
        </div>
        <button type="button" aria-pressed={previewOn} onClick={() => setPreviewOn(!previewOn)}>
          {previewOn ? t('share.preview.hide') : t('share.preview.show')}
        </button>
        <figure className="figure-preview" ref={previewRef} aria-labelledby={`${baseId}-preview`}>
          {previewOn && preview ? (
            <img
              src={preview.url}
              alt={t('share.preview.alt', { framed: preview.framed === 'content' ? 'content' : 'view' })}
              data-testid="figure-preview"
            />
          ) : null}
          <figcaption id={`${baseId}-preview`}>
            {previewState || (preview ? t('share.preview.ready') : t('share.preview.empty'))}
            {preview?.legend.length ? (
              <span className="figure-preview__legend" data-testid="figure-preview-legend">
                {' '}
                {t('share.preview.legend', { labels: preview.legend.join(t('share.preview.legendSeparator')) })}
              </span>
            ) : null}
          </figcaption>
        </figure>
        <div className="button-row">
          <button type="button" disabled={!mapReady || exporting !== undefined} onClick={exportImage}>
            {t('share.export.png')}
          </button>
          <button type="button" disabled={!mapReady || exporting !== undefined} onClick={exportPdf}>
            {t('share.export.pdf')}
          </button>
          <button type="button" disabled={!mapReady} onClick={print}>
            {t('share.print')}
          </button>
        </div>
      </fieldset>
      {exporting ? (
        <div className="export-progress" data-testid="export-progress">
          <label>
            <span role="status">
              {t('share.progress', {
                what: exporting.what,
                step: exporting.step + 1,
                steps: exporting.steps.length,
                stepName: exporting.steps[exporting.step] ?? '',
              })}
            </span>
            <progress max={exporting.steps.length} value={exporting.step + 0.5} />
          </label>
          <button type="button" onClick={() => exporting.controller.abort()}>
            {t('share.cancel')}
          </button>
        </div>
      ) : null}
      {exportState ? (
        <p role="status" className="hint" data-testid="export-status">
          {exportState}
        </p>
      ) : null}
      {words.language === 'en' ? null : (
        // In English the files' machine names are the headers already: the option is offered in the other languages.
        <fieldset className="figure-options" data-testid="download-options">
          <legend>{t('download.legend')}</legend>
          <label>
            <input
              type="checkbox"
              checked={localizedHeaders}
              onChange={(event) => setLocalizedCsvHeaders(event.target.checked)}
            />{' '}
            {t('download.localizedHeaders')}
          </label>
          <p className="hint">{t('download.localizedHeadersHint')}</p>
        </fieldset>
      )}
    </div>
  );
}
