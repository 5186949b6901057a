import { useLayoutEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useWording } from '../i18n/use-t';
import { useExplorer, useViewDay } from '../state/explorer-context';
import type { MapUiStore } from './map-ui-store';
import { placeCard } from './place-card';
import { lengthText, type ShownSummary, useShortDay, useSummaries } from './use-summaries';

/** Gap between the card and the point it is about, in pixels. */

function FeatureCard({ summary, close }: { summary: ShownSummary; close: () => void }) {
  const { day } = useViewDay();
  const wording = useWording();
  const { t } = wording;
  const shortDay = useShortDay();
  const select = useExplorer((state) => state.select);
  const compared = useExplorer((state) => state.comparedSegments.includes(summary.id));
  const addToComparison = useExplorer((state) => state.addToComparison);
  const removeFromComparison = useExplorer((state) => state.removeFromComparison);
  const setRouteEnd = useExplorer((state) => state.setRouteEnd);
  const draft = useExplorer((state) => state.routeDraft);
  const length = lengthText(summary, wording);
  const waiting = draft?.from ?? draft?.to;
  return (
    <>
      <h2 className="map-card__title" id="map-card-title" tabIndex={-1}>
        {summary.name}
      </h2>
      <p className="map-card__kind">{summary.kind}</p>
      <dl className="map-card__facts">
        {summary.status ? (
          <>
            <dt>{t('card.onDay', { day: shortDay(day) })}</dt>
            <dd data-testid="map-card-status">{summary.status}</dd>
          </>
        ) : null}
        {length ? (
          <>
            <dt>{t('card.length')}</dt>
            <dd data-testid="map-card-length">{length}</dd>
          </>
        ) : null}
      </dl>
      {summary.note ? <p className="map-card__note">{summary.note}</p> : null}
      {waiting && summary.role === 'place' && waiting !== summary.id ? (
        <p className="map-card__hint" role="status">
          {draft?.from ? t('card.originChosen') : t('card.destinationChosen')}
        </p>
      ) : null}
      <div className="map-card__actions">
        <button
          type="button"
          onClick={() => {
            // Opens the panel's details pane, which takes the focus to its heading.
            select(summary.id);
          }}
        >
          {t('card.details')}
        </button>
        {summary.role === 'segment' ? (
          <button
            type="button"
            aria-pressed={compared}
            onClick={() => (compared ? removeFromComparison(summary.id) : addToComparison(summary.id))}
          >
            {compared ? t('card.inComparison') : t('card.compare')}
          </button>
        ) : null}
        {summary.role === 'place' ? (
          <>
            <button type="button" onClick={() => setRouteEnd('from', summary.id)}>
              {t('card.routeFrom')}
            </button>
            <button type="button" onClick={() => setRouteEnd('to', summary.id)}>
              {t('card.routeTo')}
            </button>
          </>
        ) : null}
      </div>
      <button type="button" className="map-card__close" aria-label={t('card.close')} onClick={close}>
        ×
      </button>
    </>
  );
}

function Chooser({
  summaries,
  choose,
  close,
}: {
  summaries: ShownSummary[];
  choose: (id: string) => void;
  close: () => void;
}) {
  const { day } = useViewDay();
  const { t } = useWording();
  const shortDay = useShortDay();
  return (
    <>
      <h2 className="map-card__title" id="map-card-title">
        {t('card.chooserTitle', { count: summaries.length })}
      </h2>
      <p className="map-card__kind">{t('card.chooseOne')}</p>
      <ul className="map-card__choices">
        {summaries.map((summary) => (
          <li key={summary.id}>
            <button type="button" onClick={() => choose(summary.id)}>
              <span className="map-card__choice-name">{summary.name}</span>
              <span className="map-card__choice-kind">
                {summary.kind}
                {summary.status ? ` · ${t('card.dayStatus', { day: shortDay(day), status: summary.status })}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="map-card__close" aria-label={t('card.closeList')} onClick={close}>
        ×
      </button>
    </>
  );
}

/**
 * The card anchored on the map, beside what it is about: the feature clicked or selected (name,
 * status on the view's day, published and computed length, one line of what it is; Details,
 * Compare, Route from or to here), or, when a click hit several features, a chooser listing them.
 */
export function MapCardView({ ui }: { ui: MapUiStore }) {
  const card = useStore(ui, (state) => state.card);
  const closeCard = useStore(ui, (state) => state.closeCard);
  const openCard = useStore(ui, (state) => state.openCard);
  const summaries = useSummaries(card?.ids);
  const ref = useRef<HTMLElement>(null);
  const point = card?.point;
  // Beside the point, on the side with room, kept inside the map.
  useLayoutEffect(() => {
    const element = ref.current;
    const host = element?.parentElement;
    if (!element || !host || !point) return;
    const width = element.offsetWidth;
    const height = element.offsetHeight;
    const legend = host.querySelector<HTMLElement>('.map-legend');
    const keyBox = legend
      ? { left: legend.offsetLeft, top: legend.offsetTop, width: legend.offsetWidth, height: legend.offsetHeight }
      : undefined;
    const { left, top } = placeCard(
      { x: point.x, y: point.y },
      { width, height },
      { width: host.clientWidth, height: host.clientHeight },
      keyBox,
    );
    element.style.left = `${left}px`;
    element.style.top = `${top}px`;
  });
  if (!card || summaries.length === 0) return null;
  const chooser = summaries.length > 1;
  const [single] = summaries;
  return (
    <section
      ref={ref}
      className="map-card"
      aria-labelledby="map-card-title"
      data-testid={chooser ? 'map-chooser' : 'map-card'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') closeCard();
      }}
    >
      {chooser ? (
        <Chooser
          summaries={summaries}
          choose={(id) => {
            openCard({ ...card, ids: [id] });
            // The chooser's buttons are gone: focus goes to the chosen feature's card, not to the page.
            requestAnimationFrame(() => document.getElementById('map-card-title')?.focus());
          }}
          close={closeCard}
        />
      ) : single ? (
        <FeatureCard summary={single} close={closeCard} />
      ) : null}
    </section>
  );
}
