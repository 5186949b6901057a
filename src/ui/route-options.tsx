import { exportFileName, isoDate } from '../domain/export/export-file-name';
import { routeOptionsToCsv } from '../domain/export/route-options-csv';
import { type OptionFigure, ROUTE_OPTION_MARK_LABELS, type RouteOption } from '../domain/routing/route-options';
import { CARGO_UNIT_LABELS, CRITERION_LABELS } from '../domain/vocabulary/vocabulary-labels';
import { useExplorer, useLoadedData } from '../state/explorer-context';
import { selectRouteOptions } from '../state/select-route-answers';
import { downloadFile } from './download-file';
import './route-options.css';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "1 border crossing", "2 border crossings". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${whole.format(count)} ${count === 1 ? singular : plural}`;
}

/** The optimistic–pessimistic range as a bar on the scale every card shares, with a tick at the central value. */
function RangeBar({ figure, label }: { figure: OptionFigure; label: string }) {
  const { start, end, tick } = figure.bar;
  return (
    <span className="range-bar" role="img" aria-label={`${label}: ${figure.text}`} data-testid="range-bar">
      <span
        className="range-bar__range"
        style={{ left: `${start * 100}%`, width: `${Math.max(0, end - start) * 100}%` }}
      />
      <span className="range-bar__tick" style={{ left: `${tick * 100}%` }} />
    </span>
  );
}

function Figure({ name, figure, testId }: { name: string; figure: OptionFigure; testId: string }) {
  return (
    <div className="route-option__figure">
      <dt>{name}</dt>
      <dd>
        <span data-testid={testId}>{figure.text}</span>
        <RangeBar figure={figure} label={name} />
      </dd>
    </div>
  );
}

function OptionCard({ option }: { option: RouteOption }) {
  const setPreview = useExplorer((state) => state.setPreviewOption);
  const update = useExplorer((state) => state.updateRouteQuery);
  const forced = useExplorer((state) => state.routeQuery.branch);
  const { route } = option;
  const unit = CARGO_UNIT_LABELS[route.cargo];
  const criterion = CRITERION_LABELS[route.by].toLowerCase();
  // A branch card makes its branch the route; the best route's card takes the forced branch off.
  const makeRoute = option.chosen
    ? undefined
    : option.best
      ? () => update({ branch: undefined })
      : option.branch
        ? () => update({ branch: option.branch ?? undefined })
        : undefined;
  const headingId = `route-option-${option.key}`;
  return (
    <li
      className={`route-option${option.chosen ? ' route-option--chosen' : ''}${option.best ? ' route-option--best' : ''}`}
      data-testid="route-option"
      data-option={option.key}
      aria-labelledby={headingId}
      onMouseEnter={() => setPreview(option.key)}
      onMouseLeave={() => setPreview(undefined)}
      onFocus={() => setPreview(option.key)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setPreview(undefined);
      }}
    >
      <div className="route-option__head">
        <h4 className="route-option__title" id={headingId} data-testid="route-option-title">
          {option.title}
        </h4>
        {option.best ? (
          <span className="route-option__badge route-option__badge--best">Best by {criterion}</span>
        ) : null}
        {option.chosen && !option.best ? (
          <span className="route-option__badge route-option__badge--best">The route shown</span>
        ) : null}
        {option.marks.map((mark) => (
          <span key={mark} className="route-option__badge">
            {ROUTE_OPTION_MARK_LABELS[mark]}
          </span>
        ))}
        {makeRoute ? (
          <button type="button" className="route-option__use" onClick={makeRoute}>
            {option.best && forced ? 'Back to the best route' : 'Make this the route'}
            <span className="visually-hidden">: {option.title}</span>
          </button>
        ) : null}
      </div>
      <dl className="route-option__figures">
        <Figure name="Days" figure={option.days} testId="option-days" />
        <Figure name={`US$ ${unit}`} figure={option.usd} testId="option-usd" />
        <Figure name={`kg CO₂e ${unit}`} figure={option.co2Kg} testId="option-co2" />
      </dl>
      <p className="route-option__why" data-testid="route-option-why">
        <span className="route-option__facts">
          {whole.format(route.totals.km)} km · {countOf(route.totals.borderCrossings, 'border crossing')} ·{' '}
          {countOf(route.totals.transshipments, 'transshipment')}.
        </span>{' '}
        <span className="visually-hidden">Why: </span>
        {option.why}
      </p>
    </li>
  );
}

/**
 * The route's options as cards with the same metrics (issue 14 §3): the route shown, the best route
 * of all and every branch and all-sea comparator, each once; hovering or focusing a card draws its
 * route on the map, "Make this the route" forces its branch (`branch=` in the link); the options
 * download as CSV.
 */
export function RouteOptions() {
  const corridor = useLoadedData('corridor');
  const routing = useLoadedData('routing');
  const routeQuery = useExplorer((state) => state.routeQuery);
  const options = selectRouteOptions(routeQuery, routing.router, corridor);
  if (options.length === 0) return null;
  const first = options[0]?.route;
  const criterion = first ? CRITERION_LABELS[first.by].toLowerCase() : '';
  const place = (id: string) => corridor.nodeById.get(id)?.properties.name ?? id;
  return (
    <section className="route-options" aria-labelledby="route-options-heading" data-testid="route-options">
      <h3 id="route-options-heading">Options, side by side</h3>
      <details className="hint route-options__how">
        <summary>Each card is the best route by {criterion} under its rule; hover one to draw it.</summary>
        The rule is a forced branch, or by land to one port and then all sea; another criterion re-optimises every card.
        Bars: optimistic to pessimistic, on one scale per figure; the tick is the central value.
      </details>
      <ul className="route-options__list">
        {options.map((option) => (
          <OptionCard key={option.key} option={option} />
        ))}
      </ul>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            const exportedOn = isoDate(new Date());
            downloadFile(
              exportFileName('route-options', 'csv', exportedOn),
              'text/csv;charset=utf-8',
              routeOptionsToCsv(options, { exportedOn, place }),
            );
          }}
        >
          Download the options (CSV)
        </button>
      </div>
    </section>
  );
}
