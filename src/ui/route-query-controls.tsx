import { useEffect, useMemo, useState } from 'react';
import { canonicalScenarioFlags, SCENARIOS } from '../domain/routing/scenarios';
import { oldIdsByPlace } from '../domain/search/place-search';
import { CARGO_KINDS, CRITERIA, SCENARIO_YEAR_RANGE } from '../domain/vocabulary/vocabulary';
import { CARGO_LABELS, CRITERION_LABELS, MONTH_LABELS } from '../domain/vocabulary/vocabulary-labels';
import { useExplorer, useLoadedData } from '../state/explorer-context';
import { type PickablePlace, PlacePicker } from './place-picker';

/** English country names, from the browser's own data (works offline). */
const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country's English name ("IR" → "Iran"), or its code when the browser has no name for it. */
function countryName(code: string): string {
  try {
    return COUNTRY_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

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
  const named = countries
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <fieldset className="avoid-countries">
      <legend>Avoid countries</legend>
      {avoid.length ? (
        <ul className="chips" aria-label="Countries avoided">
          {avoid.map((code) => (
            <li key={code} className="chip">
              {countryName(code)}
              <button
                type="button"
                className="chip__remove"
                aria-label={`Stop avoiding ${countryName(code)}`}
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
        <p className="hint">None: routes may cross every country.</p>
      )}
      <label>
        Add a country to avoid{' '}
        <select
          value=""
          onChange={(event) => {
            const code = event.target.value;
            if (code) onChange([...avoid, code].sort());
          }}
        >
          <option value="">Choose a country…</option>
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
  const places = useMemo<PickablePlace[]>(() => {
    const oldIds = oldIdsByPlace(corridor.aliases);
    return corridor.nodes
      .map((node) => ({
        id: node.properties.id,
        name: node.properties.name,
        names: node.properties.names as Partial<Record<string, string>>,
        country: node.properties.country,
        kind: node.properties.kind,
        oldIds: oldIds.get(node.properties.id),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [corridor]);
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
        Question
        {from && to
          ? `: ${placeName(from)} to ${placeName(to)}, best by ${query.criterion === 'co2' ? CRITERION_LABELS.co2 : CRITERION_LABELS[query.criterion ?? 'distance'].toLowerCase()}`
          : ''}
      </summary>
      <form className="route-query" onSubmit={(event) => event.preventDefault()} aria-label="Route question">
        <PlacePicker label="From" places={places} value={from || undefined} onChange={(id) => setRoute(id, vias, to)} />
        {vias.map((via, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a route may pass the same place twice; the position is the identity
          <div className="route-query__via" key={`${via}-${index}`}>
            <PlacePicker
              label={`Via ${index + 1}`}
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
        <PlacePicker label="To" places={places} value={to || undefined} onChange={(id) => setRoute(from, vias, id)} />
        <button
          type="button"
          disabled={!from || !to || vias.length >= 10}
          onClick={() => setRoute(from, [...vias, ''], to)}
          className="route-query__add-via"
        >
          Add a via place
        </button>
        <fieldset>
          <legend>Best by</legend>
          {CRITERIA.map((criterion) => (
            <label key={criterion} className="inline-choice">
              <input
                type="radio"
                name="criterion"
                checked={(query.criterion ?? 'distance') === criterion}
                onChange={() => update({ criterion: criterion === 'distance' ? undefined : criterion })}
              />
              {CRITERION_LABELS[criterion]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Cargo</legend>
          {CARGO_KINDS.map((cargo) => (
            <label key={cargo} className="inline-choice">
              <input
                type="radio"
                name="cargo"
                checked={(query.cargo ?? 'container') === cargo}
                onChange={() => update({ cargo: cargo === 'container' ? undefined : cargo })}
              />
              {CARGO_LABELS[cargo]}
            </label>
          ))}
        </fieldset>
        <details
          className="route-query__more"
          open={moreOpen}
          onToggle={(event) => setMoreOpen(event.currentTarget.open)}
        >
          <summary>Scenario, year, month and countries to avoid{moreCount ? ` (${moreCount} set)` : ''}</summary>
          <fieldset>
            <legend>Scenario</legend>
            {SCENARIOS.map(({ flag, label }) => (
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
                {label}
              </label>
            ))}
            <div className="route-query__when">
              <label>
                Year{' '}
                <input
                  type="number"
                  min={SCENARIO_YEAR_RANGE.minimum}
                  max={SCENARIO_YEAR_RANGE.maximum}
                  value={query.year ?? ''}
                  placeholder="as of the data"
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
                Month{' '}
                <select
                  value={query.month ?? ''}
                  onChange={(event) => update({ month: event.target.value ? Number(event.target.value) : undefined })}
                >
                  <option value="">any (no seasonal closures or restrictions)</option>
                  {MONTH_LABELS.map((month, index) => (
                    <option key={month} value={index + 1}>
                      {month}
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
