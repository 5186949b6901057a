import { useState } from 'react';
import {
  assumptionsOfRoute,
  describeEditorialRange,
  EDITORIAL_ESTIMATE_LABEL,
  isEditorialEstimate,
} from '../domain/routing/editorial-assumptions';
import type { RoutingAssumption } from '../domain/routing/routing-input';
import { useExplorer, useLoadedData } from '../state/explorer-context';
import type { RoutingData } from '../state/explorer-data';
import { selectRouteAnswers } from '../state/select-route-answers';
import './route-options.css';

const CATEGORY_LABELS: Record<string, string> = {
  speed: 'Speeds',
  handling: 'Handling times',
  cost: 'Costs',
  border: 'Border dwell',
  customs: 'Customs',
  frequency: 'Sailing and train intervals',
  co2: 'CO₂e factors (well-to-wheel)',
};

/**
 * Says that an assumption cites no source, with its three values and the range an override may take
 * (issue 13 §5); nothing for a sourced one. Plain text in the row's header, so a screen reader reads
 * it with the assumption's name.
 */
export function EditorialEstimateNote({ entry }: { entry: RoutingAssumption }) {
  if (!isEditorialEstimate(entry)) return null;
  return (
    <span className="assumptions__editorial">
      {EDITORIAL_ESTIMATE_LABEL}: {describeEditorialRange(entry)}
    </span>
  );
}

/** The sources of an assumption as linked titles (the bibliography's), or that it cites none. */
function AssumptionSources({ entry, sourceById }: { entry: RoutingAssumption; sourceById: RoutingData['sourceById'] }) {
  const ids = entry.sources ?? [];
  // An editorial estimate says so in its note (`EditorialEstimateNote`), with its range.
  if (ids.length === 0) return null;
  return (
    <ul className="assumptions__sources" aria-label="Sources">
      {ids.map((id) => {
        const source = sourceById.get(id);
        if (!source) return <li key={id}>{id}</li>;
        const title = `${source.title} (${source.publisher}${source.datePublished ? `, ${source.datePublished}` : ''})`;
        return (
          <li key={id}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {title}
              </a>
            ) : (
              <span title={source.note}>{title}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Figures as an override writes them: up to 6 decimals, no thousands separators lost. */
const value = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/**
 * Every routing assumption with its optimistic–pessimistic range and its sources (linked titles
 * from the bibliography); the central value can be changed, and the route updates at once. The
 * values changed are listed as chips above the tables, each with its reset, and "Reset all".
 * "Used by this route" keeps the rows the route's figures come from (`assumptionsOfRoute`).
 * Changes are absolute values in the link (`asm=`), and replace the history entry rather than add
 * one. An assumption that cites no source says so ("editorial estimate (no source)") with its range.
 */
export function AssumptionsEditor() {
  const { assumptions, sourceById, router } = useLoadedData('routing');
  const routeQuery = useExplorer((state) => state.routeQuery);
  const overrides = routeQuery.assumptions ?? [];
  const update = useExplorer((state) => state.updateRouteQuery);
  const [onlyUsed, setOnlyUsed] = useState(false);
  const answers = selectRouteAnswers(routeQuery, router);
  const route = answers?.route.kind === 'route' ? answers.route.route : undefined;
  const used = route ? new Set(assumptionsOfRoute(route, assumptions).map((entry) => entry.key)) : undefined;
  const overrideOf = new Map(overrides);
  const setOverride = (key: string, next: number | undefined) => {
    const changed = new Map(overrideOf);
    if (next === undefined) changed.delete(key);
    else changed.set(key, next);
    update({ assumptions: [...changed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) });
  };
  const entryByKey = new Map(assumptions.entries.map((entry) => [entry.key, entry]));
  const shown = assumptions.entries.filter((entry) => !onlyUsed || !used || used.has(entry.key));
  const categories = [...new Set(shown.map((entry) => entry.key.split('.')[0] ?? 'other'))];
  return (
    <details className="assumptions">
      <summary>
        Assumptions ({assumptions.entries.length}
        {used ? `, ${used.size} used by this route` : ''}
        {overrides.length ? `, ${overrides.length} changed` : ''})
      </summary>
      <p className="hint">
        The route uses the central values; low and high figures use the optimistic and pessimistic columns. Change a
        central value to see the route answer at once. Each row names its sources; a value marked{' '}
        {EDITORIAL_ESTIMATE_LABEL} cites none.
      </p>
      {overrides.length > 0 ? (
        <fieldset className="assumptions__chips">
          <legend className="visually-hidden">Assumptions you changed</legend>
          {overrides.map(([key, changed]) => {
            const entry = entryByKey.get(key);
            const name = entry?.label ?? key;
            return (
              <span key={key} className="assumption-chip" data-testid="assumption-chip">
                {name}: {value.format(changed)}
                {entry
                  ? ` ${entry.unit} (default ${value.format(entry.central)})`
                  : ' (not an assumption of this data)'}
                <button
                  type="button"
                  className="assumption-chip__reset"
                  aria-label={`Reset ${name}`}
                  onClick={() => setOverride(key, undefined)}
                >
                  ×
                </button>
              </span>
            );
          })}
          <button type="button" onClick={() => update({ assumptions: undefined })}>
            Reset all assumptions
          </button>
        </fieldset>
      ) : null}
      <label className="assumptions__filter">
        <input
          type="checkbox"
          checked={onlyUsed && used !== undefined}
          disabled={!used}
          onChange={(event) => setOnlyUsed(event.target.checked)}
        />{' '}
        Only those used by this route{used ? ` (${used.size})` : ' (choose a route first)'}
      </label>
      {categories.map((category) => (
        <table key={category} className="data-table assumptions__table">
          <caption>{CATEGORY_LABELS[category] ?? category}</caption>
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              <th scope="col">Central</th>
              <th scope="col">Optimistic–pessimistic</th>
            </tr>
          </thead>
          <tbody>
            {shown
              .filter((entry) => entry.key.startsWith(`${category}.`))
              .map((entry) => {
                const override = overrideOf.get(entry.key);
                return (
                  <tr key={entry.key} className={override === undefined ? undefined : 'assumptions__changed'}>
                    <th scope="row">
                      {entry.label ?? entry.key}
                      <span className="hint"> ({entry.unit})</span>
                      {used?.has(entry.key) ? <span className="assumptions__used"> used by this route</span> : null}
                      <EditorialEstimateNote entry={entry} />
                      <AssumptionSources entry={entry} sourceById={sourceById} />
                    </th>
                    <td>
                      <input
                        type="number"
                        step="any"
                        min={0}
                        aria-label={`${entry.label ?? entry.key}, ${entry.unit}${isEditorialEstimate(entry) ? `, ${EDITORIAL_ESTIMATE_LABEL}` : ''}`}
                        value={override ?? entry.central}
                        onChange={(event) => {
                          const typed = Number.parseFloat(event.target.value);
                          if (!Number.isFinite(typed) || typed < 0) return;
                          setOverride(entry.key, typed === entry.central ? undefined : typed);
                        }}
                      />
                    </td>
                    <td className="number">
                      {entry.optimistic}–{entry.pessimistic}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ))}
    </details>
  );
}
