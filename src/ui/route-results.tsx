import { exportFileName, isoDate } from '../domain/export/export-file-name';
import { EXPORT_FORMATS } from '../domain/export/export-formats';
import { EXPORT_GENERATOR } from '../domain/export/export-generator';
import { humaniseId, readableReason } from '../domain/readable';
import type { OmittedRoute } from '../domain/routing/route-reasons';
import type {
  ComparisonOutcome,
  MatchedObservation,
  RouteOutcome,
  RouteResult,
  RoutingFailure,
} from '../domain/routing/route-result';
import type { MessageId } from '../i18n/catalogues';
import { dateText, type ReasonWords, reasonText } from '../i18n/route-reason-messages';
import { Message, useDisplayNames, useFormatDay, useT, useWording } from '../i18n/use-t';
import type { Wording } from '../i18n/wording';
import { useExplorer, useLoadedData } from '../state/explorer-context';
import type { CorridorData, RoutingData } from '../state/explorer-data';
import { selectRouteAnswers } from '../state/select-route-answers';
import { downloadFile } from './download-file';
import { EventCitation, RouteDayEffects, RouteSeasonalLimits } from './route-day-effects';
import { RouteOptions } from './route-options';

/** A total with its low–high range, to the precision the range supports ("about 29 (14–49)"). */
function rangeOf(route: Pick<RouteResult, 'totals'>, figure: 'days' | 'usd' | 'co2Kg', wording: Wording): string {
  const { totals } = route;
  const finest = figure === 'days' ? 0.1 : 1;
  return wording.range(totals[figure], totals[`${figure}Low`], totals[`${figure}High`], finest);
}

/** A whole number in the language's digits. */
function whole(value: number, wording: Wording): string {
  return wording.number(value, { maximumFractionDigits: 0 });
}

/**
 * A day of the data (`YYYY-MM-DD`) as the panels write it: English as the sources and the rest of
 * the English panels do (ISO), other languages in their own calendar and words.
 */
function useDataDay(): (day: string) => string {
  const wording = useWording();
  const languageDay = useFormatDay();
  return wording.locale.startsWith('en') ? (day: string) => day : languageDay;
}

/** What a reason's words need, from the hooks of a component. */
function useReasonWords(corridor: CorridorData): ReasonWords {
  const wording = useWording();
  const names = useDisplayNames(corridor);
  const formatDay = useDataDay();
  const event = (id: string) => corridor.eventById.get(id);
  return { wording, names, formatDay, event };
}

/**
 * The router's reason for a missing route or option in the language shown, from its code; a reason
 * without a code (none is left in the router; kept for safety) in English with names for its ids.
 */
function reasonOf(
  entry: RoutingFailure | Omit<OmittedRoute, 'label'>,
  corridor: CorridorData,
  words: ReasonWords,
): string {
  if ('code' in entry && entry.code !== undefined) return reasonText(entry as Parameters<typeof reasonText>[0], words);
  const reason = 'reason' in entry ? entry.reason : '';
  return readableReason(reason, words.names, new Set(corridor.nodeById.keys()));
}

/** The day a route's figures are for, as a phrase. */
function dayPhrase(route: Pick<RouteResult, 'date' | 'dateBasis'>, words: ReasonWords): string {
  const { wording } = words;
  if (route.dateBasis === 'as-of') return wording.t('route.summary.asOf', { day: words.formatDay(route.date) });
  if (route.dateBasis === 'year')
    return wording.t('route.summary.endOfYear', { year: dateText(route.date.slice(0, 4), words) });
  return wording.t('route.summary.onDay', { day: words.formatDay(route.date) });
}

/** The route in one paragraph of plain text, for screen readers and for pasting into a report. */
function routeSummary(route: RouteResult, words: ReasonWords): string {
  const { wording, names } = words;
  const { totals } = route;
  const unit = wording.cargoUnit(route.cargo);
  const question = {
    from: names.place(route.from),
    to: names.place(route.to),
    criterion: wording.criterionPhrase(route.by),
  };
  const asked =
    route.via.length > 0
      ? wording.t('route.summary.questionVia', { ...question, vias: wording.list(route.via.map(names.place)) })
      : wording.t('route.summary.question', question);
  const path = {
    question: asked,
    legs: route.legs.length,
    branches: wording.branchesPhrase(route.branches),
    km: whole(totals.km, wording),
    sea:
      totals.seaNauticalMiles > 0
        ? wording.t('route.summary.bySea', { nm: whole(totals.seaNauticalMiles, wording) })
        : '',
  };
  return wording.t('route.summary', {
    route: route.branch
      ? wording.t('route.summary.routeForced', { ...path, branch: wording.branch(route.branch) })
      : wording.t('route.summary.route', path),
    days: wording.unit('days', rangeOf(route, 'days', wording)),
    usd: wording.t('route.summary.usd', { range: rangeOf(route, 'usd', wording), unit }),
    co2: wording.t('route.summary.co2', { range: rangeOf(route, 'co2Kg', wording), unit }),
    counts: wording.t('route.summary.counts', {
      borders: totals.borderCrossings,
      gauges: totals.gaugeChanges,
      transshipments: totals.transshipments,
    }),
    notes: wording.t('route.summary.notes', { version: route.dataVersion, day: dayPhrase(route, words) }),
  });
}

/** The route's headline figures with their ranges, in words (the figure export words its own). */
function routeHeadline(route: RouteResult, words: ReasonWords): string {
  const { wording, names } = words;
  const unit = wording.cargoUnit(route.cargo);
  return wording.t('route.headline', {
    from: names.place(route.from),
    to: names.place(route.to),
    criterion: wording.criterionPhrase(route.by),
    days: rangeOf(route, 'days', wording),
    usd: rangeOf(route, 'usd', wording),
    co2: rangeOf(route, 'co2Kg', wording),
    unit,
    km: whole(route.totals.km, wording),
    legs: route.legs.length,
  });
}

function Failure({ failure, corridor }: { failure: RoutingFailure; corridor: CorridorData }) {
  const t = useT();
  const words = useReasonWords(corridor);
  if (failure.kind === 'no-route') {
    const events = (failure.closedBy?.events ?? []).flatMap((id) => {
      const event = corridor.eventById.get(id);
      return event ? [event] : [];
    });
    return (
      <div role="status" data-testid="no-route">
        <p>{t('route.noRoute', { reason: reasonOf(failure, corridor, words) })}</p>
        {events.length > 0 ? (
          <>
            <p>{t('route.closedBy')}</p>
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
  // The validator's problems are the router's English words (the CLI's); no code yet.
  if (failure.kind === 'invalid-query')
    return <p role="status">{t('route.invalidQuery', { problems: failure.problems.join('; ') })}</p>;
  const places = failure.places.map((place) =>
    t('route.unknownPlace', { id: place.id, closest: words.wording.list(place.closest, 'disjunction') }),
  );
  return <p role="status">{t('route.unknownPlaces', { places: places.join(t('route.reason.separator')) })}</p>;
}

function LegsTable({ route, corridor }: { route: RouteResult; corridor: CorridorData }) {
  const select = useExplorer((state) => state.select);
  const t = useT();
  const wording = useWording();
  const names = useDisplayNames(corridor);
  const tenth = (value: number) => wording.number(value, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="legs-table">
        <caption>{t('route.legs.caption', { unit: wording.cargoUnit(route.cargo) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('route.legs.number')}</th>
            <th scope="col">{t('route.legs.leg')}</th>
            <th scope="col">{t('route.legs.mode')}</th>
            <th scope="col">{t('route.legs.km')}</th>
            <th scope="col">{t('route.legs.days')}</th>
            <th scope="col">{t('route.legs.usd')}</th>
            <th scope="col">{t('route.legs.co2')}</th>
            <th scope="col">{t('route.legs.transfers')}</th>
          </tr>
        </thead>
        <tbody>
          {route.legs.map((leg, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a round trip uses a segment twice; the position is the identity
            <tr key={`${leg.segment}-${index}`}>
              <td>{wording.number(index + 1)}</td>
              <td>
                <button type="button" className="link-button" onClick={() => select(leg.segment)}>
                  {t('route.legs.fromTo', { from: names.place(leg.from), to: names.place(leg.to) })}
                </button>
              </td>
              <td>
                {wording.modeWithVessel(leg.mode, leg.vessel)}
                {leg.gaugeMillimetres
                  ? t('route.legs.gauge', { gauge: wording.number(leg.gaugeMillimetres, { useGrouping: false }) })
                  : ''}
              </td>
              <td className="number" data-testid="leg-km">
                {whole(leg.km, wording)}
                <span className="hint">
                  {leg.lengthBasis === 'published'
                    ? t('route.legs.published', { drawn: whole(leg.drawnKm, wording) })
                    : t('route.legs.drawn')}
                </span>
              </td>
              <td className="number">{wording.central(leg.days, leg.daysLow, leg.daysHigh, 0.1)}</td>
              <td className="number">{wording.central(leg.usd, leg.usdLow, leg.usdHigh)}</td>
              <td className="number">{wording.central(leg.co2Kg, leg.co2KgLow, leg.co2KgHigh)}</td>
              <td>
                {leg.transfers
                  .map((transfer) =>
                    t('route.legs.transfer', {
                      kind: wording.transfer(transfer.kind),
                      place: names.place(transfer.place),
                      hours: tenth(transfer.hours),
                      usd: whole(transfer.usd, wording),
                    }),
                  )
                  .join(t('route.reason.separator'))}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('route.legs.total')}
            </th>
            <td className="number">{whole(route.totals.km, wording)}</td>
            <td className="number">{rangeOf(route, 'days', wording)}</td>
            <td className="number">{rangeOf(route, 'usd', wording)}</td>
            <td className="number">{rangeOf(route, 'co2Kg', wording)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** How each kind of observation is named in its line. */
const OBSERVATION_KIND: Record<string, MessageId> = {
  claim: 'route.observation.kind.claim',
  service: 'route.observation.kind.service',
  'trial-run': 'route.observation.kind.trial-run',
  study: 'route.observation.kind.study',
};

function Observations({
  observations,
  sourceById,
}: {
  observations: readonly MatchedObservation[];
  /** The router's bibliography: the corridor's and the routing one, which observations cite. */
  sourceById: RoutingData['sourceById'];
}) {
  const t = useT();
  const wording = useWording();
  const formatDay = useDataDay();
  const date = (value: string) => dateText(value, { wording, formatDay });
  const span = (low: string, high: string) => (low === high ? low : t('route.observation.span', { low, high }));
  if (observations.length === 0) return <p className="hint">{t('route.observation.none')}</p>;
  return (
    <ul className="observations" data-testid="observations">
      {observations.map((observation) => {
        const { days, costUsd } = observation.reported;
        const kindId = OBSERVATION_KIND[observation.kind];
        return (
          <li key={observation.id}>
            <Message
              id="route.observation.line"
              values={{
                title: <strong>{observation.title}</strong>,
                date: observation.dateEnd
                  ? span(date(observation.date), date(observation.dateEnd))
                  : date(observation.date),
                kind: kindId ? t(kindId) : humaniseId(observation.kind).toLowerCase(),
                match: t(
                  observation.match === 'same endpoints'
                    ? 'route.observation.sameEndpoints'
                    : 'route.observation.partOfRoute',
                ),
                reported: days
                  ? t('route.observation.days', {
                      days: span(wording.number(days.low), wording.number(days.high)),
                    })
                  : t('route.observation.noDays'),
                cost: costUsd
                  ? t('route.observation.cost', {
                      usd: span(whole(costUsd.low, wording), whole(costUsd.high, wording)),
                      per: costUsd.per,
                    })
                  : '',
                claimedBy: observation.claimedBy,
                verified: observation.verified ? 'yes' : 'no',
                sources: (
                  <span>
                    {observation.sources.map((id, index) => {
                      const source = sourceById.get(id);
                      return (
                        <span key={id}>
                          {index > 0 ? t('route.reason.separator') : ''}
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
                  </span>
                ),
              }}
            />
          </li>
        );
      })}
    </ul>
  );
}

/** One button per registered export format (the CLI's `--format` reads the same list, so the files agree byte for byte). */
function RouteDownloads({ route }: { route: RouteResult }) {
  const corridor = useLoadedData('corridor');
  const t = useT();
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
          {t('route.downloadLegs', { format: format.label })}
        </button>
      ))}
    </div>
  );
}

/** What the comparison leaves out, and why; or why there is no comparison. */
function ComparisonGaps({ outcome, corridor }: { outcome: ComparisonOutcome; corridor: CorridorData }) {
  const t = useT();
  const words = useReasonWords(corridor);
  if (outcome.kind !== 'comparison') {
    return (
      <div className="hint">
        <p>{t('compare.noComparison')}</p>
        <Failure failure={outcome} corridor={corridor} />
      </div>
    );
  }
  const { omitted } = outcome.comparison;
  if (omitted.length === 0) return null;
  return (
    <p className="hint" data-testid="options-omitted">
      {t('compare.notShown', {
        routes: omitted
          .map((entry) =>
            t('compare.notShownRoute', {
              label: words.wording.comparisonRoute(entry.label),
              reason: reasonOf(entry, corridor, words),
            }),
          )
          .join(t('route.reason.separator')),
      })}
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
  const t = useT();
  const words = useReasonWords(corridor);
  if (outcome.kind !== 'route') return <Failure failure={outcome} corridor={corridor} />;
  const { route } = outcome;
  return (
    <>
      <p className="route-headline" data-testid="route-headline">
        {routeHeadline(route, words)}
      </p>
      <RouteOptions />
      <ComparisonGaps outcome={comparison} corridor={corridor} />
      <h3>{t('route.inWords')}</h3>
      <p className="route-summary" aria-live="polite" data-testid="route-summary">
        {routeSummary(route, words)}
      </p>
      {route.ignoredAssumptionOverrides.length > 0 ? (
        <p role="status">{t('route.ignoredAssumptions', { keys: route.ignoredAssumptionOverrides.join(', ') })}</p>
      ) : null}
      <RouteDayEffects route={route} corridor={corridor} />
      <LegsTable route={route} corridor={corridor} />
      <RouteSeasonalLimits route={route} corridor={corridor} />
      <RouteDownloads route={route} />
      <h3>{t('route.observed')}</h3>
      <p className="hint">{t('route.observedHint')}</p>
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
  const t = useT();
  const answers = selectRouteAnswers(routeQuery, routing.router);
  if (!answers) return <p className="hint">{t('route.choosePlaces')}</p>;
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
