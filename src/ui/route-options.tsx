import { exportFileName, isoDate } from '../domain/export/export-file-name';
import { routeOptionsToCsv } from '../domain/export/route-options-csv';
import type { OptionFigure, RouteOption } from '../domain/routing/route-options';
import { optionTitle, optionWhy, ROUTE_OPTION_MARK_MESSAGES } from '../i18n/route-option-messages';
import { useDisplayNames, useT, useWording } from '../i18n/use-t';
import { useExplorer, useLoadedData } from '../state/explorer-context';
import { selectRouteOptions } from '../state/select-route-answers';
import { downloadFile } from './download-file';
import './route-options.css';

/** A figure with its range in the language shown, to the precision the range supports ("about 26 (16–46)"). */
function useFigureText(): (figure: OptionFigure, finest: number) => string {
  const wording = useWording();
  return (figure, finest) => wording.range(figure.central, figure.low, figure.high, finest);
}

/** The optimistic–pessimistic range as a bar on the scale every card shares, with a tick at the central value. */
function RangeBar({ figure, label, text }: { figure: OptionFigure; label: string; text: string }) {
  const t = useT();
  const { start, end, tick } = figure.bar;
  return (
    <span
      className="range-bar"
      role="img"
      aria-label={t('route.option.barLabel', { label, figure: text })}
      data-testid="range-bar"
    >
      <span
        className="range-bar__range"
        style={{ left: `${start * 100}%`, width: `${Math.max(0, end - start) * 100}%` }}
      />
      <span className="range-bar__tick" style={{ left: `${tick * 100}%` }} />
    </span>
  );
}

function Figure({
  name,
  figure,
  finest,
  testId,
}: {
  name: string;
  figure: OptionFigure;
  finest: number;
  testId: string;
}) {
  const text = useFigureText()(figure, finest);
  return (
    <div className="route-option__figure">
      <dt>{name}</dt>
      <dd>
        <span data-testid={testId}>{text}</span>
        <RangeBar figure={figure} label={name} text={text} />
      </dd>
    </div>
  );
}

function OptionCard({ option }: { option: RouteOption }) {
  const setPreview = useExplorer((state) => state.setPreviewOption);
  const update = useExplorer((state) => state.updateRouteQuery);
  const forced = useExplorer((state) => state.routeQuery.branch);
  const corridor = useLoadedData('corridor');
  const t = useT();
  const wording = useWording();
  const names = useDisplayNames(corridor);
  const { route } = option;
  const unit = wording.cargoUnit(route.cargo);
  const criterion = wording.criterionPhrase(route.by);
  const title = optionTitle(option.titleFacts, wording, names);
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
          {title}
        </h4>
        {option.best ? (
          <span className="route-option__badge route-option__badge--best">
            {t('route.option.bestBy', { criterion })}
          </span>
        ) : null}
        {option.chosen && !option.best ? (
          <span className="route-option__badge route-option__badge--best">{t('route.option.shown')}</span>
        ) : null}
        {option.marks.map((mark) => (
          <span key={mark} className="route-option__badge">
            {t(ROUTE_OPTION_MARK_MESSAGES[mark])}
          </span>
        ))}
        {makeRoute ? (
          <button type="button" className="route-option__use" onClick={makeRoute}>
            {option.best && forced ? t('route.option.backToBest') : t('route.option.makeRoute')}
            <span className="visually-hidden">{t('route.option.useWhich', { title })}</span>
          </button>
        ) : null}
      </div>
      <dl className="route-option__figures">
        <Figure name={t('route.option.days')} figure={option.days} finest={0.1} testId="option-days" />
        <Figure name={t('route.option.usd', { unit })} figure={option.usd} finest={1} testId="option-usd" />
        <Figure name={t('route.option.co2', { unit })} figure={option.co2Kg} finest={1} testId="option-co2" />
      </dl>
      <p className="route-option__why" data-testid="route-option-why">
        <span className="route-option__facts">
          {t('route.option.facts', {
            km: wording.number(route.totals.km, { maximumFractionDigits: 0 }),
            borders: route.totals.borderCrossings,
            transshipments: route.totals.transshipments,
          })}
        </span>{' '}
        <span className="visually-hidden">{t('route.option.whyLabel')} </span>
        {optionWhy(option.whyFacts, wording, names)}
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
  const t = useT();
  const wording = useWording();
  const options = selectRouteOptions(routeQuery, routing.router, corridor);
  if (options.length === 0) return null;
  const first = options[0]?.route;
  const criterion = first ? wording.criterionPhrase(first.by) : '';
  // The CSV is a machine export: its names stay the data's English ones.
  const place = (id: string) => corridor.nodeById.get(id)?.properties.name ?? id;
  return (
    <section className="route-options" aria-labelledby="route-options-heading" data-testid="route-options">
      <h3 id="route-options-heading">{t('route.options.heading')}</h3>
      <details className="hint route-options__how">
        <summary>{t('route.options.how', { criterion })}</summary>
        {t('route.options.howMore')}
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
              'text/csv;charset=utf-8', // i18n-exempt: a MIME type
              routeOptionsToCsv(options, { exportedOn, place }),
            );
          }}
        >
          {t('route.options.download')}
        </button>
      </div>
    </section>
  );
}
