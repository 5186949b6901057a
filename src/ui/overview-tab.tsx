import { useMemo } from 'react';
import { BRANCH_LABELS, MONTH_LABELS, SEGMENT_STATUS_LABELS } from '../domain/vocabulary/vocabulary-labels';
import { boundsOfSegments } from '../overlays/corridor/corridor-features';
import { useDataAfterFirstView, useExplorer, useLoadedData, useViewDay } from '../state/explorer-context';
import { selectBranchOverview } from '../state/select-branch-overview';
import { readableDay } from './timeline-panel';

/** A list of month numbers as words ("January, February and December"). */
function monthList(months: readonly number[]): string {
  const words = months.map((month) => MONTH_LABELS[month - 1] ?? String(month));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "20–25 days", "21 days". */
function dayRange({ low, high }: { low: number; high: number }): string {
  return low === high ? `${low} days` : `${low}–${high} days`;
}

/**
 * The Overview tab: what the INSTC is, in three sentences, and a card per branch (western,
 * trans-Caspian, eastern) with its state on the view's day, its key gap or seasonal limit and its
 * latest observed transit. Pointing at a card highlights the branch on the map; its button zooms there.
 */
export function OverviewTab() {
  const corridor = useLoadedData('corridor');
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
  return (
    <div className="overview">
      <p>
        The International North–South Transport Corridor (INSTC) links Russia and the Baltic with Iran's Gulf ports and
        India by rail, road and sea. It has three branches: west of the Caspian through Azerbaijan, across the Caspian
        by ship, and east of it through Kazakhstan and Turkmenistan. This explorer shows each segment's status on a
        chosen day with its sources, and computes routes from published lengths and sourced assumptions.
      </p>
      <h3 className="overview__heading">The three branches on {readableDay(day)}</h3>
      <ul className="branch-cards">
        {cards.map((card) => {
          const label = BRANCH_LABELS[card.branch];
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
              <h4>{label}</h4>
              <p className="branch-card__state">
                {card.segmentCount === 0
                  ? 'No segment of this branch is open or planned on this day.'
                  : card.statusCounts
                      .map(({ status, count }) => `${count} ${SEGMENT_STATUS_LABELS[status].toLowerCase()}`)
                      .join(', ') + ` of ${card.segmentCount} ${card.segmentCount === 1 ? 'segment' : 'segments'}`}
              </p>
              {card.keyGap ? (
                <p>
                  <strong>Key gap:</strong> {card.keyGap.name},{' '}
                  {SEGMENT_STATUS_LABELS[card.keyGap.status].toLowerCase()}
                  {card.keyGap.expectedOpen ? `, expected ${card.keyGap.expectedOpen}` : ''}.
                </p>
              ) : (
                <p>
                  <strong>Key gap:</strong> none on this day.
                </p>
              )}
              {card.seasonal.count > 0 ? (
                <p>
                  <strong>Seasonal limit:</strong> {card.seasonal.count}{' '}
                  {card.seasonal.count === 1 ? 'segment closes or slows' : 'segments close or slow'} in{' '}
                  {monthList(card.seasonal.months)}.
                </p>
              ) : null}
              <p>
                <strong>Latest observed transit:</strong>{' '}
                {card.latestObservation
                  ? `${card.latestObservation.title} (${card.latestObservation.date}${
                      card.latestObservation.days ? `, ${dayRange(card.latestObservation.days)} reported` : ''
                    }).`
                  : routing
                    ? 'none documented by this day.'
                    : routingState.status === 'error'
                      ? 'the observations could not be loaded.'
                      : 'loading the observations…'}
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
                Show the {label.split(' (')[0]?.toLowerCase()} on the map
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
