import {
  describeEditorialRange,
  EDITORIAL_ESTIMATE_LABEL,
  isEditorialEstimate,
} from '../domain/routing/editorial-assumptions';
import type { RoutingAssumption } from '../domain/routing/routing-input';
import { useExplorer, useLoadedData } from '../state/explorer-context';

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

/**
 * Every routing assumption with its optimistic–pessimistic range; the central value can be
 * changed, and the route updates at once. Changes are absolute values in the link (`asm=`), and
 * replace the history entry rather than add one. "Reset" returns to the published defaults. An
 * assumption that cites no source says so ("editorial estimate (no source)") with its range.
 */
export function AssumptionsEditor() {
  const { assumptions } = useLoadedData('routing');
  const overrides = useExplorer((state) => state.routeQuery.assumptions) ?? [];
  const update = useExplorer((state) => state.updateRouteQuery);
  const overrideOf = new Map(overrides);
  const setOverride = (key: string, value: number | undefined) => {
    const next = new Map(overrideOf);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    update({ assumptions: [...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) });
  };
  const categories = [...new Set(assumptions.entries.map((entry) => entry.key.split('.')[0] ?? 'other'))];
  return (
    <details className="assumptions">
      <summary>
        Assumptions ({assumptions.entries.length}
        {overrides.length ? `, ${overrides.length} changed` : ''})
      </summary>
      <p className="hint">
        The route uses the central values; low and high figures use the optimistic and pessimistic columns. Change a
        central value to see the route answer at once. Every value's source is in geodata/assumptions.json; a value
        marked {EDITORIAL_ESTIMATE_LABEL} cites none.
      </p>
      <button type="button" disabled={overrides.length === 0} onClick={() => update({ assumptions: undefined })}>
        Reset all assumptions
      </button>
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
            {assumptions.entries
              .filter((entry) => entry.key.startsWith(`${category}.`))
              .map((entry) => {
                const override = overrideOf.get(entry.key);
                return (
                  <tr key={entry.key} className={override === undefined ? undefined : 'assumptions__changed'}>
                    <th scope="row">
                      {entry.label ?? entry.key}
                      <span className="hint"> ({entry.unit})</span>
                      <EditorialEstimateNote entry={entry} />
                    </th>
                    <td>
                      <input
                        type="number"
                        step="any"
                        min={0}
                        aria-label={`${entry.label ?? entry.key}, ${entry.unit}${isEditorialEstimate(entry) ? `, ${EDITORIAL_ESTIMATE_LABEL}` : ''}`}
                        value={override ?? entry.central}
                        onChange={(event) => {
                          const value = Number.parseFloat(event.target.value);
                          if (!Number.isFinite(value) || value < 0) return;
                          setOverride(entry.key, value === entry.central ? undefined : value);
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
