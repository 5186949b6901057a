import { useMemo } from 'react';
import type { ForcibleBranch } from '../domain/vocabulary/vocabulary';
import type { MessageId } from '../i18n/catalogues';
import { useDisplayNames, useFormatDay, useT, useWording } from '../i18n/use-t';
import { boundsOfSegments } from '../overlays/corridor/corridor-features';
import { useDataAfterFirstView, useExplorer, useLoadedData, useViewDay } from '../state/explorer-context';
import { selectBranchOverview } from '../state/select-branch-overview';
import { plainNumber } from './details-wording';
import { useTimeWords } from './time-words';

/** The button that shows a branch on the map. */
const SHOW_BRANCH: Record<ForcibleBranch, MessageId> = {
  western: 'overview.show.western',
  'trans-caspian': 'overview.show.trans-caspian',
  eastern: 'overview.show.eastern',
};

/**
 * The Overview tab: what the INSTC is, in three sentences, and a card per branch (western,
 * trans-Caspian, eastern) with its state on the view's day, its key gap or seasonal limit and its
 * latest observed transit. Pointing at a card highlights the branch on the map; its button zooms there.
 */
export function OverviewTab() {
  const t = useT();
  const wording = useWording();
  const formatDay = useFormatDay();
  const time = useTimeWords();
  const corridor = useLoadedData('corridor');
  const names = useDisplayNames(corridor);
  // The observations come with the routing data, asked for once the map is ready so that the first
  // view does not wait for them; the cards work without it, and say so when it fails.
  const routingState = useDataAfterFirstView('routing');
  const routing = routingState.status === 'ready' ? routingState.data : undefined;
  const { day, present } = useViewDay();
  const fitTo = useExplorer((state) => state.fitTo);
  const setHighlightBranch = useExplorer((state) => state.setHighlightBranch);
  const cards = useMemo(
    () => selectBranchOverview(corridor.segments, routing?.observations ?? [], day, present),
    [corridor, routing, day, present],
  );
  /** A status as a count's noun: "2 operational". */
  const statusWord = (status: string) => wording.status(status).toLocaleLowerCase(wording.locale);
  return (
    <div className="overview">
      <p>{t('overview.intro')}</p>
      <h3 className="overview__heading">{t('overview.heading', { day: formatDay(day) })}</h3>
      <ul className="branch-cards">
        {cards.map((card) => {
          const gap = card.keyGap;
          const observation = card.latestObservation;
          const days = observation?.days;
          return (
            <li
              key={card.branch}
              className="branch-card"
              data-testid={`branch-card-${card.branch}`}
              onPointerEnter={() => setHighlightBranch(card.branch)}
              onPointerLeave={() => setHighlightBranch(undefined)}
              onFocus={() => setHighlightBranch(card.branch)}
              onBlur={() => setHighlightBranch(undefined)}
            >
              <h4>{wording.branch(card.branch)}</h4>
              <p className="branch-card__state">
                {card.segmentCount === 0
                  ? t('overview.noSegment')
                  : t('overview.statusCounts', {
                      counts: card.statusCounts
                        .map(({ status, count }) => t('overview.statusCount', { count, status: statusWord(status) }))
                        .join(t('details.separator.comma')),
                      total: card.segmentCount,
                    })}
              </p>
              <p>
                <strong>{t('overview.keyGapLabel')}</strong>{' '}
                {gap === undefined
                  ? t('overview.keyGapNone')
                  : gap.expectedOpen
                    ? t('overview.keyGapExpected', {
                        name: names.segment(gap.id),
                        status: statusWord(gap.status),
                        year: plainNumber(wording, gap.expectedOpen),
                      })
                    : t('overview.keyGap', { name: names.segment(gap.id), status: statusWord(gap.status) })}
              </p>
              {card.seasonal.count > 0 ? (
                <p>
                  <strong>{t('overview.seasonalLabel')}</strong>{' '}
                  {t('overview.seasonal', {
                    count: card.seasonal.count,
                    months: wording.list(card.seasonal.months.map(wording.month)),
                  })}
                </p>
              ) : null}
              <p>
                <strong>{t('overview.observationLabel')}</strong>{' '}
                {observation
                  ? days
                    ? t('overview.observationDays', {
                        title: observation.title,
                        date: time.date(observation.date),
                        days:
                          days.low === days.high
                            ? t('overview.days', { days: days.low })
                            : t('overview.daysRange', { low: days.low, high: days.high }),
                      })
                    : t('overview.observation', {
                        title: observation.title,
                        date: time.date(observation.date),
                      })
                  : routing
                    ? t('overview.observationNone')
                    : routingState.status === 'error'
                      ? t('overview.observationError')
                      : t('overview.observationLoading')}
              </p>
              <button
                type="button"
                onClick={() => {
                  const box = boundsOfSegments(
                    corridor,
                    corridor.segments
                      .filter((segment) => segment.properties.branch === card.branch)
                      .map((segment) => segment.properties.id),
                  );
                  if (box) fitTo(box);
                }}
              >
                {t(SHOW_BRANCH[card.branch])}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
