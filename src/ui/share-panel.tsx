import { useState } from 'react';
import { citeView } from '../domain/cite-view';
import { isoDate } from '../domain/export/export-file-name';
import { EXPORT_SIZES, exportPixels } from '../domain/paper-sizes';
import { DEFAULT_BOUNDS } from '../domain/view-limits';
import { useDataVersion, useExplorer, useExplorerStore } from '../state/explorer-context';
import { type ExplorerState, selectLinkState } from '../state/explorer-store';
import { formatLink } from '../state/link/format-link';
import { selectDay } from '../state/select-day';

/**
 * The page's address without its query and hash: all state is in the hash, and a query string
 * (which a hostile referrer may have added) never goes into a permalink, an embed or a citation.
 */
function pageAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** A short title for the view: the route, the comparison, the selection, or the map itself. */
function viewTitle(state: ExplorerState): string {
  const route = state.routeQuery.route;
  if (route && route.length >= 2) {
    return `route ${route[0]} to ${route[route.length - 1]}${route.length > 2 ? ` via ${route.slice(1, -1).join(', ')}` : ''}, best by ${state.routeQuery.criterion ?? 'distance'}`;
  }
  if (state.comparedSegments.length) return `comparison of ${state.comparedSegments.length} corridor segments`;
  if (state.selection) return state.selection;
  return 'map of the International North–South Transport Corridor';
}

/**
 * Share the view: copy its link (with a selectable fallback where the clipboard is refused), an
 * embed snippet (the current extent as `bbox`, `embed=1`), a citation (BibTeX and plain text), and
 * an image export at screen, A4 or A3 size.
 */
export function SharePanel() {
  const store = useExplorerStore();
  const mapReady = useExplorer((state) => state.mapStatus.kind === 'ready');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'refused'>('idle');
  const [embedSnippet, setEmbedSnippet] = useState<string | undefined>(undefined);
  const [citation, setCitation] = useState<{ bibtex: string; text: string } | undefined>(undefined);
  const [sizeId, setSizeId] = useState('a4-150');
  const [exportState, setExportState] = useState<string | undefined>(undefined);

  const dataVersion = useDataVersion();
  const link = () => `${pageAddress()}#${formatLink(selectLinkState(store.getState()), dataVersion)}`;

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

  const exportImage = async () => {
    const size = EXPORT_SIZES.find((candidate) => candidate.id === sizeId) ?? EXPORT_SIZES[0];
    if (!size) return;
    const frame = store.getState().mapFrame;
    const { width, height } = exportPixels(size, { width: frame?.width ?? 1280, height: frame?.height ?? 800 });
    setExportState(`Drawing ${width} × ${height} px…`);
    try {
      const date = isoDate(new Date());
      const blob = await new Promise<Blob>((resolve, reject) =>
        store.getState().requestImageExport({
          width,
          height,
          title: `INSTC Explorer: ${viewTitle(store.getState())}`,
          attribution: 'Basemap: Natural Earth (public domain) · MapLibre · corridor data: see geodata/sources.json',
          permalink: link(),
          dataVersion,
          appVersion: __APP_VERSION__,
          date,
          networkDay: selectDay(store.getState().routeQuery, store.getState().dataAsOf).day,
          resolve,
          reject,
        }),
      );
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `instc-map-${date}-${size.id}.png`;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setExportState(`Exported ${width} × ${height} px.`);
    } catch (error) {
      setExportState(`The image could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
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
          onClick={() =>
            setCitation(
              citeView({
                url: link(),
                title: viewTitle(store.getState()),
                appVersion: __APP_VERSION__,
                dataVersion,
                accessedOn: isoDate(new Date()),
                networkDay: selectDay(store.getState().routeQuery, store.getState().dataAsOf).day,
              }),
            )
          }
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
      {citation ? (
        <>
          <label className="block-choice">
            Citation (plain text)
            <textarea readOnly className="share-panel__text" value={citation.text} data-testid="citation-text" />
          </label>
          <label className="block-choice">
            Citation (BibTeX)
            <textarea
              readOnly
              className="share-panel__text share-panel__bibtex"
              value={citation.bibtex}
              data-testid="citation-bibtex"
            />
          </label>
        </>
      ) : null}
      <div className="button-row">
        <label>
          Image size{' '}
          <select value={sizeId} onChange={(event) => setSizeId(event.target.value)}>
            {EXPORT_SIZES.map((size) => (
              <option key={size.id} value={size.id}>
                {size.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!mapReady} onClick={exportImage}>
          Export image (PNG)
        </button>
      </div>
      {exportState ? (
        <p role="status" className="hint" data-testid="export-status">
          {exportState}
        </p>
      ) : null}
    </div>
  );
}
