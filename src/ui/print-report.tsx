import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { citeView } from '../domain/cite-view';
import { isoDate } from '../domain/export/export-file-name';
import { useFormatDay, useT, useWording } from '../i18n/use-t';
import { useDataAfterFirstView, useExplorer } from '../state/explorer-context';
import { readyData } from '../state/explorer-data';
import { type ExplorerState, selectLinkState } from '../state/explorer-store';
import { formatLink } from '../state/link/format-link';
import { figureContent } from './figure-request';
import { citationWords } from './share-citation-words';

/** The framed figure the share panel's "Print…" made for this link, if any (a blob URL). */
let printFigure: { url: string; link: string } | undefined;

/** Keeps the figure the next print shows for this link (the previous one is let go). */
export function setPrintFigure(figure: { url: string; link: string }): void {
  if (printFigure) URL.revokeObjectURL(printFigure.url);
  printFigure = figure;
}

/** The live map's picture now (the map keeps its drawing buffer for this), or undefined. */
function snapshotMap(): string | undefined {
  const canvas = document.querySelector<HTMLCanvasElement>('.map-area canvas.maplibregl-canvas');
  if (!canvas) return undefined;
  try {
    return canvas.toDataURL('image/png');
  } catch {
    return undefined;
  }
}

function PrintContent({ state, image }: { state: ExplorerState; image: string | undefined }) {
  const t = useT();
  const wording = useWording();
  const formatDay = useFormatDay();
  const corridor = readyData(state.loaded, 'corridor');
  if (!corridor) return <p>{t('print.loading')}</p>;
  const figure = figureContent(state, corridor, true, wording);
  const permalink = `${window.location.origin}${window.location.pathname}#${formatLink(selectLinkState(state), state.dataVersion)}`;
  // The framed figure when "Print…" made one for this very view; else the live map as it is.
  const picture = printFigure?.link === permalink ? printFigure.url : image;
  const legs = figure.legs;
  const citation = citeView(
    {
      url: permalink,
      title: figure.title,
      appVersion: __APP_VERSION__,
      dataVersion: state.dataVersion,
      accessedOn: isoDate(new Date()),
      networkDay: figure.networkDay,
    },
    citationWords(wording, formatDay),
  ).apa;
  return (
    <>
      <h1>{figure.title}</h1>
      {picture ? (
        <img className="print-report__map" src={picture} alt={t('print.mapAlt', { title: figure.title })} />
      ) : (
        <p>{t('print.noMap')}</p>
      )}
      <section aria-label={t('print.summary')} className="print-report__summary">
        {figure.caption.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
      {legs.length ? (
        <table className="print-report__legs">
          <caption>{t('print.legs.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('print.legs.leg')}</th>
              <th scope="col">{t('print.legs.mode')}</th>
              <th scope="col">{t('print.legs.km')}</th>
              <th scope="col">{t('print.legs.days')}</th>
              <th scope="col">{t('print.legs.usd')}</th>
              <th scope="col">{t('print.legs.co2')}</th>
            </tr>
          </thead>
          <tbody>
            {legs.map((leg) => (
              <tr key={leg.number}>
                <td>{wording.number(leg.number)}</td>
                <td>{leg.leg}</td>
                <td>{leg.mode}</td>
                <td>{leg.km}</td>
                <td>{leg.days}</td>
                <td>{leg.usd}</td>
                <td>{leg.co2Kg}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <section aria-label={t('print.sources')} className="print-report__sources">
        <h2>{t('print.sources')}</h2>
        {figure.sources.length ? (
          <ol>
            {figure.sources.map((source) => (
              <li key={`${source.title}|${source.url ?? ''}`}>
                {source.title}. {source.publisher}.{source.url ? ` ${source.url}` : ''}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('print.noSources')}</p>
        )}
        <p>{figure.attribution}.</p>
      </section>
      <section aria-label={t('print.citation')} className="print-report__cite">
        <h2>{t('print.citeAs')}</h2>
        <p>{citation}</p>
      </section>
    </>
  );
}

/**
 * What the browser's print shows (src/print.css hides the rest): the view's title, the map as an
 * image (the framed figure when the share panel's "Print…" made one, else a snapshot of the live
 * map taken as printing starts), the route's headline figures and legs, the sources
 * by title and how to cite it. Rendered only while printing, so it never doubles the panel's text.
 */
export function PrintReport() {
  const [image, setImage] = useState<string | undefined | null>(null);
  // The printed page names its sources by title: the bibliography is fetched after the first view.
  useDataAfterFirstView('bibliography');
  const state = useExplorer((current) => current);
  useEffect(() => {
    const media = window.matchMedia('print');
    const start = () => flushSync(() => setImage(snapshotMap()));
    const end = () => setImage(null);
    const change = (event: MediaQueryListEvent) => (event.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media.removeEventListener('change', change);
    };
  }, []);
  if (image === null) return null;
  return (
    <article className="print-report" data-testid="print-report">
      <PrintContent state={state} image={image} />
    </article>
  );
}
