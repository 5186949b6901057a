import { exportFileName, isoDate } from '../domain/export/export-file-name';
import { EXPORT_FORMATS } from '../domain/export/export-formats';
import { EXPORT_GENERATOR } from '../domain/export/export-generator';
import { routeHeadline } from '../domain/figure/figure-text';
import { formatCentral, formatWithRange } from '../domain/figure-precision';
import { branchesPhrase, criterionName, type DisplayNames, humaniseId, readableReason } from '../domain/readable';
import type {
  ComparisonOutcome,
  MatchedObservation,
  RouteOutcome,
  RouteResult,
  RoutingFailure,
} from '../domain/routing/route-result';
import type { VesselClass } from '../domain/vocabulary/vocabulary';
import {
  BRANCH_LABELS,
  CARGO_UNIT_LABELS,
  COMPARISON_ROUTE_LABELS,
  MODE_LABELS,
  TRANSFER_LABELS,
  VESSEL_LABELS,
} from '../domain/vocabulary/vocabulary-labels';
import { useExplorer, useLoadedData } from '../state/explorer-context';
import type { CorridorData, RoutingData } from '../state/explorer-data';
import { selectDisplayNames } from '../state/select-names';
import { selectRouteAnswers } from '../state/select-route-answers';
import { downloadFile } from './download-file';
import { EventCitation, RouteDayEffects, RouteSeasonalLimits } from './route-day-effects';
import { countOf, RouteOptions } from './route-options';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** A total with its low–high range, to the precision the range supports ("about 29 (14–49)"). */
function rangeOf(route: Pick<RouteResult, 'totals'>, figure: 'days' | 'usd' | 'co2Kg'): string {
  const { totals } = route;
  const finest = figure === 'days' ? 0.1 : 1;
  return formatWithRange(totals[figure], totals[`${figure}Low`], totals[`${figure}High`], finest);
}

function perUnit(route: Pick<RouteResult, 'cargo'>): string {
  return CARGO_UNIT_LABELS[route.cargo];
}

function placeName(corridor: CorridorData, id: string): string {
  return corridor.nodeById.get(id)?.properties.name ?? id;
}

/** The router's reason for a missing route or option, with names for its ids. */
function reasonText(reason: string, corridor: CorridorData, names: DisplayNames): string {
  return readableReason(reason, names, new Set(corridor.nodeById.keys()));
}

/** The route in one paragraph of plain text, for screen readers and for pasting into a report. */
function routeSummary(route: RouteResult, corridor: CorridorData): string {
  const { totals } = route;
  const via = route.via.length ? ` via ${route.via.map((id) => placeName(corridor, id)).join(', ')}` : '';
  return (
    `${placeName(corridor, route.from)} to ${placeName(corridor, route.to)}${via}, best by ${criterionName(route.by)}` +
    `${route.branch ? ` with the ${BRANCH_LABELS[route.branch]} forced` : ''}, ` +
    `${countOf(route.legs.length, 'leg')} on ${branchesPhrase(route.branches)}: ${whole.format(totals.km)} km` +
    (totals.seaNauticalMiles > 0 ? ` (of which ${whole.format(totals.seaNauticalMiles)} nm by sea)` : '') +
    `; ${formatWithRange(totals.days, totals.daysLow, totals.daysHigh, 0.1)} days; ` +
    `US$ ${formatWithRange(totals.usd, totals.usdLow, totals.usdHigh)} ${perUnit(route)}; ` +
    `${formatWithRange(totals.co2Kg, totals.co2KgLow, totals.co2KgHigh)} kg CO2e ${perUnit(route)}; ` +
    `${countOf(totals.borderCrossings, 'border crossing')}, ${countOf(totals.gaugeChanges, 'gauge change')}, ` +
    `${countOf(totals.transshipments, 'transshipment')}. ` +
    'km: published lengths where the sources give them, else the drawn line. ' +
    'Ranges (in brackets) are the optimistic and pessimistic assumption sets, not confidence intervals; figures are ' +
    'rounded to the precision their range supports (the downloads keep full numbers). Computed by INSTC Explorer ' +
    `from data version ${route.dataVersion}, for the network ${dayPhrase(route)}.`
  );
}

/** The day a route's figures are for, as a phrase. */
function dayPhrase(route: Pick<RouteResult, 'date' | 'dateBasis'>): string {
  if (route.dateBasis === 'as-of') return `as of ${route.date} (the data's as-of date)`;
  if (route.dateBasis === 'year') return `at the end of ${route.date.slice(0, 4)}`;
  return `on ${route.date}`;
}

function Failure({ failure, corridor }: { failure: RoutingFailure; corridor: CorridorData }) {
  const names = selectDisplayNames(corridor);
  if (failure.kind === 'no-route') {
    const events = (failure.closedBy?.events ?? []).flatMap((id) => {
      const event = corridor.eventById.get(id);
      return event ? [event] : [];
    });
    return (
      <div role="status" data-testid="no-route">
        <p>No route: {reasonText(failure.reason, corridor, names)}</p>
        {events.length > 0 ? (
          <>
            <p>Closed by:</p>
            <ul>
              {events.map((event) => (
                <li key={event.id}>
                  <EventCitation event={event} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    );
  }
  if (failure.kind === 'invalid-query')
    return <p role="status">The question is not valid: {failure.problems.join('; ')}</p>;
  return (
    <p role="status">
      Unknown place(s):{' '}
      {failure.places.map((place) => `${place.id} (did you mean ${place.closest.join(', ')}?)`).join('; ')}
    </p>
  );
}

function LegsTable({ route, corridor }: { route: RouteResult; corridor: CorridorData }) {
  const select = useExplorer((state) => state.select);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="legs-table">
        <caption>
          Route legs ({perUnit(route)}, central assumptions; transfers folded into the leg that follows)
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Leg</th>
            <th scope="col">Mode</th>
            <th scope="col">km</th>
            <th scope="col">Days</th>
            <th scope="col">US$</th>
            <th scope="col">kg CO₂e</th>
            <th scope="col">Transfers before or on this leg</th>
          </tr>
        </thead>
        <tbody>
          {route.legs.map((leg, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a round trip uses a segment twice; the position is the identity
            <tr key={`${leg.segment}-${index}`}>
              <td>{index + 1}</td>
              <td>
                <button type="button" className="link-button" onClick={() => select(leg.segment)}>
                  {placeName(corridor, leg.from)} → {placeName(corridor, leg.to)}
                </button>
              </td>
              <td>
                {MODE_LABELS[leg.mode]}
                {leg.vessel ? ` (${VESSEL_LABELS[leg.vessel as VesselClass] ?? leg.vessel})` : ''}
                {leg.gaugeMillimetres ? ` ${leg.gaugeMillimetres} mm` : ''}
              </td>
              <td className="number" data-testid="leg-km">
                {whole.format(leg.km)}
                <span className="hint">
                  {leg.lengthBasis === 'published' ? ` published (drawn ${whole.format(leg.drawnKm)})` : ' drawn'}
                </span>
              </td>
              <td className="number">{formatCentral(leg.days, leg.daysLow, leg.daysHigh, 0.1)}</td>
              <td className="number">{formatCentral(leg.usd, leg.usdLow, leg.usdHigh)}</td>
              <td className="number">{formatCentral(leg.co2Kg, leg.co2KgLow, leg.co2KgHigh)}</td>
              <td>
                {leg.transfers
                  .map(
                    (transfer) =>
                      `${TRANSFER_LABELS[transfer.kind]} at ${placeName(corridor, transfer.place)} (${oneDecimal.format(transfer.hours)} h, $${whole.format(transfer.usd)})`,
                  )
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Total (low–high)
            </th>
            <td className="number">{whole.format(route.totals.km)}</td>
            <td className="number">{rangeOf(route, 'days')}</td>
            <td className="number">{rangeOf(route, 'usd')}</td>
            <td className="number">{rangeOf(route, 'co2Kg')}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Observations({
  observations,
  sourceById,
}: {
  observations: readonly MatchedObservation[];
  /** The router's bibliography: the corridor's and the routing one, which observations cite. */
  sourceById: RoutingData['sourceById'];
}) {
  if (observations.length === 0)
    return <p className="hint">No documented shipment or published claim matches this route.</p>;
  return (
    <ul className="observations" data-testid="observations">
      {observations.map((observation) => (
        <li key={observation.id}>
          <strong>{observation.title}</strong> ({observation.date}
          {observation.dateEnd ? `–${observation.dateEnd}` : ''}, {humaniseId(observation.kind).toLowerCase()},{' '}
          {observation.match}):{' '}
          {observation.reported.days
            ? `${observation.reported.days.low === observation.reported.days.high ? observation.reported.days.low : `${observation.reported.days.low}–${observation.reported.days.high}`} days reported`
            : 'no transit time reported'}
          {observation.reported.costUsd
            ? `, US$${whole.format(observation.reported.costUsd.low)}${observation.reported.costUsd.high !== observation.reported.costUsd.low ? `–${whole.format(observation.reported.costUsd.high)}` : ''} per ${observation.reported.costUsd.per}`
            : ''}
          . Claimed by {observation.claimedBy}
          {observation.verified ? '' : ' (not verified)'}. Sources:{' '}
          {observation.sources.map((id, index) => {
            const source = sourceById.get(id);
            return (
              <span key={id}>
                {index > 0 ? '; ' : ''}
                {source ? (
                  <a href={source.url ?? undefined} target="_blank" rel="noopener noreferrer">
                    {source.publisher}
                  </a>
                ) : (
                  id
                )}
              </span>
            );
          })}
        </li>
      ))}
    </ul>
  );
}

/** One button per registered export format (the CLI's `--format` reads the same list, so the files agree byte for byte). */
function RouteDownloads({ route }: { route: RouteResult }) {
  const corridor = useLoadedData('corridor');
  const lineOf = (segmentId: string) => corridor.segmentById.get(segmentId)?.geometry.coordinates;
  return (
    <div className="button-row">
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format.id}
          type="button"
          onClick={() => {
            // The date is read at the click, not at render: a page left open past midnight stamps the right day.
            const exportedOn = isoDate(new Date());
            const fileName = exportFileName('route-legs', format.extension, exportedOn);
            downloadFile(
              fileName,
              format.mimeType,
              format.route(route, lineOf, { exportedOn, generator: EXPORT_GENERATOR }),
            );
          }}
        >
          Download the legs ({format.label})
        </button>
      ))}
    </div>
  );
}

/** What the comparison leaves out, and why; or why there is no comparison. */
function ComparisonGaps({ outcome, corridor }: { outcome: ComparisonOutcome; corridor: CorridorData }) {
  if (outcome.kind !== 'comparison') {
    return (
      <div className="hint">
        <p>No branch comparison for these places:</p>
        <Failure failure={outcome} corridor={corridor} />
      </div>
    );
  }
  const { omitted } = outcome.comparison;
  if (omitted.length === 0) return null;
  const names = selectDisplayNames(corridor);
  return (
    <p className="hint" data-testid="options-omitted">
      Not shown:{' '}
      {omitted
        .map((entry) => `${COMPARISON_ROUTE_LABELS[entry.label]} (${reasonText(entry.reason, corridor, names)})`)
        .join('; ')}
      .
    </p>
  );
}

function RouteAnswer({
  outcome,
  comparison,
  corridor,
  sourceById,
}: {
  outcome: RouteOutcome;
  comparison: ComparisonOutcome;
  corridor: CorridorData;
  sourceById: RoutingData['sourceById'];
}) {
  if (outcome.kind !== 'route') return <Failure failure={outcome} corridor={corridor} />;
  const { route } = outcome;
  return (
    <>
      <p className="route-headline" data-testid="route-headline">
        {routeHeadline(route, selectDisplayNames(corridor))}
      </p>
      <RouteOptions />
      <ComparisonGaps outcome={comparison} corridor={corridor} />
      <h3>The route in words</h3>
      <p className="route-summary" aria-live="polite" data-testid="route-summary">
        {routeSummary(route, corridor)}
      </p>
      {route.ignoredAssumptionOverrides.length > 0 ? (
        <p role="status">Unknown assumption keys ignored: {route.ignoredAssumptionOverrides.join(', ')}</p>
      ) : null}
      <RouteDayEffects route={route} corridor={corridor} />
      <LegsTable route={route} corridor={corridor} />
      <RouteSeasonalLimits route={route} corridor={corridor} />
      <RouteDownloads route={route} />
      <h3>Observed on this route</h3>
      <p className="hint">Reported by others, as published; never mixed into the computed figures above.</p>
      <Observations observations={route.observations} sourceById={sourceById} />
    </>
  );
}

/**
 * The answer to the route question: the options as cards (the route, the best route and every
 * branch and comparator, each once), then the route in words, its legs and the observations.
 */
export function RouteResults() {
  const corridor = useLoadedData('corridor');
  const routing = useLoadedData('routing');
  const routeQuery = useExplorer((state) => state.routeQuery);
  const answers = selectRouteAnswers(routeQuery, routing.router);
  if (!answers) return <p className="hint">Choose where from and where to.</p>;
  return (
    <div className="route-results">
      <RouteAnswer
        outcome={answers.route}
        comparison={answers.comparison}
        corridor={corridor}
        sourceById={routing.sourceById}
      />
    </div>
  );
}
