import { useEffect, useMemo, useState } from 'react';
import { canonicalScenarioFlags, SCENARIOS } from '../domain/routing/scenarios';
import { oldIdsByPlace } from '../domain/search/place-search';
import { CARGO_KINDS, CRITERIA, SCENARIO_YEAR_RANGE } from '../domain/vocabulary/vocabulary';
import { SCENARIO_MESSAGES } from '../i18n/route-reason-messages';
import { useDisplayNames, useT, useWording } from '../i18n/use-t';
import { useExplorer, useLoadedData } from '../state/explorer-context';
import { type PickablePlace, PlacePicker } from './place-picker';

/** The twelve months, as the month list offers them. */
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * The countries to avoid as a multi-select: the chosen ones as removable chips, the others in one
 * list to add from (one tab stop instead of one per country).
 */
function AvoidCountries({
  countries,
  avoid,
  onChange,
}: {
  countries: readonly string[];
  avoid: readonly string[];
  onChange: (next: string[] | undefined) => void;
}) {
  const t = useT();
  const wording = useWording();
  const countryName = wording.country;
  const named = countries
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, wording.locale));
  return (
    <fieldset className="avoid-countries">
      <legend>{t('route.avoid.legend')}</legend>
      {avoid.length ? (
        <ul className="chips" aria-label={t('route.avoid.chips')}>
          {avoid.map((code) => (
            <li key={code} className="chip">
              {countryName(code)}
              <button
                type="button"
                className="chip__remove"
                aria-label={t('route.avoid.stop', { country: countryName(code) })}
                onClick={() => {
                  const next = avoid.filter((item) => item !== code);
                  onChange(next.length ? next : undefined);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('route.avoid.none')}</p>
      )}
      <label>
        {t('route.avoid.add')}{' '}
        <select
          value=""
          onChange={(event) => {
            const code = event.target.value;
            if (code) onChange([...avoid, code].sort());
          }}
        >
          <option value="">{t('route.avoid.choose')}</option>
          {named
            .filter(({ code }) => !avoid.includes(code))
            .map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
        </select>
      </label>
    </fieldset>
  );
}

function splitRoute(route: readonly string[] | undefined): { from?: string; vias: string[]; to?: string } {
  if (!route || route.length < 2) return { vias: [] };
  return { from: route[0], vias: route.slice(1, -1), to: route[route.length - 1] };
}

/**
 * The route explorer's question: origin, vias and destination (searchable by any local name),
 * the criterion, the cargo, the scenarios, the year and month, and the countries to avoid. Every
 * choice goes to the store (and so to the link); the route itself is derived from it.
 */
export function RouteQueryControls() {
  const corridor = useLoadedData('corridor');
  const query = useExplorer((state) => state.routeQuery);
  const update = useExplorer((state) => state.updateRouteQuery);
  const t = useT();
  const wording = useWording();
  const names = useDisplayNames(corridor);
  const { locale } = wording;
  const places = useMemo<PickablePlace[]>(() => {
    const oldIds = oldIdsByPlace(corridor.aliases);
    return corridor.nodes
      .map((node) => ({
        id: node.properties.id,
        name: names.place(node.properties.id),
        names: node.properties.names as Partial<Record<string, string>>,
        country: node.properties.country,
        kind: node.properties.kind,
        oldIds: oldIds.get(node.properties.id),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [corridor, names, locale]);
  const countries = useMemo(
    () => [...new Set(corridor.segments.flatMap((segment) => segment.properties.countries))].sort(),
    [corridor],
  );
  const routeKey = (query.route ?? []).join('~');
  // The half-made question (one end chosen, an empty via) stays in the form; only a complete route
  // goes to the store and the link. A route set from outside (a link, Back) resets the form.
  const [draft, setDraft] = useState(() => splitRoute(query.route));
  useEffect(() => setDraft(splitRoute(routeKey ? routeKey.split('~') : undefined)), [routeKey]);
  // One end chosen on the map ("Route from here" on a card, with no route yet) shows in the form.
  const mapDraft = useExplorer((state) => state.routeDraft);
  useEffect(() => {
    if (!mapDraft) return;
    setDraft((current) => ({ ...current, from: mapDraft.from ?? current.from, to: mapDraft.to ?? current.to }));
  }, [mapDraft]);
  const { from, vias, to } = draft;
  const setRoute = (nextFrom: string | undefined, nextVias: string[], nextTo: string | undefined) => {
    setDraft({ from: nextFrom, vias: nextVias, to: nextTo });
    if (nextFrom && nextTo && nextVias.every(Boolean)) update({ route: [nextFrom, ...nextVias, nextTo] });
    else if (!nextFrom && !nextTo) update({ route: undefined });
  };
  const scenarios = query.scenarios ?? [];
  const avoid = query.avoidCountries ?? [];
  // A route opened from a link shows its answer first: the question folds to its one-line summary
  // (one click opens it), so the option cards, the summary and the selection fit the first screen.
  const [questionOpen, setQuestionOpen] = useState(() => !routeKey);
  const moreCount =
    scenarios.length + avoid.length + (query.year !== undefined ? 1 : 0) + (query.month !== undefined ? 1 : 0);
  // The less common choices fold away; open when a link set one of them.
  const [moreOpen, setMoreOpen] = useState(() => moreCount > 0);
  const placeName = (placeId: string | undefined) => places.find((place) => place.id === placeId)?.name ?? '';

  return (
    <details
      className="route-question"
      open={questionOpen}
      onToggle={(event) => setQuestionOpen(event.currentTarget.open)}
    >
      <summary>
        {from && to
          ? t('route.question.summary', {
              from: placeName(from),
              to: placeName(to),
              criterion: wording.criterionPhrase(query.criterion ?? 'distance'),
            })
          : t('route.question')}
      </summary>
      <form className="route-query" onSubmit={(event) => event.preventDefault()} aria-label={t('route.question.form')}>
        <PlacePicker
          label={t('route.question.from')}
          places={places}
          value={from || undefined}
          onChange={(id) => setRoute(id, vias, to)}
        />
        {vias.map((via, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a route may pass the same place twice; the position is the identity
          <div className="route-query__via" key={`${via}-${index}`}>
            <PlacePicker
              label={t('route.question.via', { number: index + 1 })}
              places={places}
              value={via || undefined}
              onChange={(id) => {
                const next = [...vias];
                if (id) next[index] = id;
                else next.splice(index, 1);
                setRoute(from, next, to);
              }}
            />
          </div>
        ))}
        <PlacePicker
          label={t('route.question.to')}
          places={places}
          value={to || undefined}
          onChange={(id) => setRoute(from, vias, id)}
        />
        <button
          type="button"
          disabled={!from || !to || vias.length >= 10}
          onClick={() => setRoute(from, [...vias, ''], to)}
          className="route-query__add-via"
        >
          {t('route.question.addVia')}
        </button>
        <fieldset>
          <legend>{t('route.question.bestBy')}</legend>
          {CRITERIA.map((criterion) => (
            <label key={criterion} className="inline-choice">
              <input
                type="radio"
                name="criterion"
                checked={(query.criterion ?? 'distance') === criterion}
                onChange={() => update({ criterion: criterion === 'distance' ? undefined : criterion })}
              />
              {wording.criterion(criterion)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('route.question.cargo')}</legend>
          {CARGO_KINDS.map((cargo) => (
            <label key={cargo} className="inline-choice">
              <input
                type="radio"
                name="cargo"
                checked={(query.cargo ?? 'container') === cargo}
                onChange={() => update({ cargo: cargo === 'container' ? undefined : cargo })}
              />
              {wording.cargo(cargo)}
            </label>
          ))}
        </fieldset>
        <details
          className="route-query__more"
          open={moreOpen}
          onToggle={(event) => setMoreOpen(event.currentTarget.open)}
        >
          <summary>{t('route.question.more', { count: moreCount })}</summary>
          <fieldset>
            <legend>{t('route.question.scenario')}</legend>
            {SCENARIOS.map(({ flag }) => (
              <label key={flag} className="block-choice">
                <input
                  type="checkbox"
                  checked={scenarios.includes(flag)}
                  onChange={(event) => {
                    const next = event.target.checked
                      ? [...scenarios, flag]
                      : scenarios.filter((item) => item !== flag);
                    update({ scenarios: canonicalScenarioFlags(next) });
                  }}
                />
                {t(SCENARIO_MESSAGES[flag])}
              </label>
            ))}
            <div className="route-query__when">
              <label>
                {t('route.question.year')}{' '}
                <input
                  type="number"
                  min={SCENARIO_YEAR_RANGE.minimum}
                  max={SCENARIO_YEAR_RANGE.maximum}
                  value={query.year ?? ''}
                  placeholder={t('route.question.yearPlaceholder')}
                  onChange={(event) => {
                    const year = Number.parseInt(event.target.value, 10);
                    update({
                      date: undefined,
                      year:
                        Number.isFinite(year) &&
                        year >= SCENARIO_YEAR_RANGE.minimum &&
                        year <= SCENARIO_YEAR_RANGE.maximum
                          ? year
                          : undefined,
                    });
                  }}
                />
              </label>{' '}
              <label>
                {t('route.question.month')}{' '}
                <select
                  value={query.month ?? ''}
                  onChange={(event) => update({ month: event.target.value ? Number(event.target.value) : undefined })}
                >
                  <option value="">{t('route.question.anyMonth')}</option>
                  {MONTHS.map((month) => (
                    <option key={month} value={month}>
                      {wording.month(month)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </fieldset>
          <AvoidCountries countries={countries} avoid={avoid} onChange={(next) => update({ avoidCountries: next })} />
        </details>
      </form>
    </details>
  );
}
