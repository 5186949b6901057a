import { useState } from 'react';
import { assumptionsOfRoute, isEditorialEstimate } from '../domain/routing/editorial-assumptions';
import type { RoutingAssumption } from '../domain/routing/routing-input';
import type { MessageId } from '../i18n/catalogues';
import { useT, useWording } from '../i18n/use-t';
import type { Wording } from '../i18n/wording';
import { useExplorer, useLoadedData } from '../state/explorer-context';
import type { RoutingData } from '../state/explorer-data';
import { selectRouteAnswers } from '../state/select-route-answers';
import './route-options.css';

const CATEGORY_LABELS: Record<string, MessageId> = {
  speed: 'route.asm.category.speed',
  handling: 'route.asm.category.handling',
  cost: 'route.asm.category.cost',
  border: 'route.asm.category.border',
  customs: 'route.asm.category.customs',
  frequency: 'route.asm.category.frequency',
  co2: 'route.asm.category.co2',
};

/** A figure of an assumption as an override writes it: up to 6 decimals, no thousands separators. */
function figure(value: number, wording: Wording): string {
  return wording.number(value, { maximumFractionDigits: 6, useGrouping: false });
}

/**
 * The range of an assumption in words (`describeEditorialRange`'s words in the language shown): its
 * three values and what an override may be.
 */
function editorialRange(entry: RoutingAssumption, wording: Wording): string {
  const { optimistic, central, pessimistic, range, unit } = entry;
  return wording.t('route.asm.range', {
    optimistic: figure(optimistic, wording),
    central: figure(central, wording),
    pessimistic: figure(pessimistic, wording),
    unit,
    exclusive: range.minExclusive ? 'yes' : 'no',
    min: figure(range.min, wording),
    max: figure(range.max, wording),
  });
}

/**
 * Says that an assumption cites no source, with its three values and the range an override may take
 * (issue 13 §5); nothing for a sourced one. Plain text in the row's header, so a screen reader reads
 * it with the assumption's name.
 */
export function EditorialEstimateNote({ entry }: { entry: RoutingAssumption }) {
  const t = useT();
  const wording = useWording();
  if (!isEditorialEstimate(entry)) return null;
  return (
    <span className="assumptions__editorial">
      {t('route.asm.editorialNote', { label: t('route.asm.editorial'), range: editorialRange(entry, wording) })}
    </span>
  );
}

/** The sources of an assumption as linked titles (the bibliography's), or that it cites none. */
function AssumptionSources({ entry, sourceById }: { entry: RoutingAssumption; sourceById: RoutingData['sourceById'] }) {
  const t = useT();
  const ids = entry.sources ?? [];
  // An editorial estimate says so in its note (`EditorialEstimateNote`), with its range.
  if (ids.length === 0) return null;
  return (
    <ul className="assumptions__sources" aria-label={t('route.asm.sources')}>
      {ids.map((id) => {
        const source = sourceById.get(id);
        if (!source) return <li key={id}>{id}</li>;
        const title = source.datePublished
          ? t('route.asm.sourceDated', { title: source.title, publisher: source.publisher, date: source.datePublished })
          : t('route.asm.source', { title: source.title, publisher: source.publisher });
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
  const t = useT();
  const wording = useWording();
  const value = (number: number) => wording.number(number, { maximumFractionDigits: 6 });
  const editorial = t('route.asm.editorial');
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
        {t('route.asm.summary', {
          count: assumptions.entries.length,
          known: used ? 'yes' : 'no',
          used: used?.size ?? 0,
          changed: overrides.length,
        })}
      </summary>
      <p className="hint">{t('route.asm.hint', { editorial })}</p>
      {overrides.length > 0 ? (
        <fieldset className="assumptions__chips">
          <legend className="visually-hidden">{t('route.asm.changedLegend')}</legend>
          {overrides.map(([key, changed]) => {
            const entry = entryByKey.get(key);
            const name = entry?.label ?? key;
            return (
              <span key={key} className="assumption-chip" data-testid="assumption-chip">
                {entry
                  ? t('route.asm.chip', {
                      name,
                      value: value(changed),
                      unit: entry.unit,
                      central: value(entry.central),
                    })
                  : t('route.asm.chipUnknown', { name, value: value(changed) })}
                <button
                  type="button"
                  className="assumption-chip__reset"
                  aria-label={t('route.asm.reset', { name })}
                  onClick={() => setOverride(key, undefined)}
                >
                  ×
                </button>
              </span>
            );
          })}
          <button type="button" onClick={() => update({ assumptions: undefined })}>
            {t('route.asm.resetAll')}
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
        {t('route.asm.onlyUsed', { known: used ? 'yes' : 'no', used: used?.size ?? 0 })}
      </label>
      {categories.map((category) => (
        <table key={category} className="data-table assumptions__table">
          <caption>{CATEGORY_LABELS[category] ? t(CATEGORY_LABELS[category] as MessageId) : category}</caption>
          <thead>
            <tr>
              <th scope="col">{t('route.asm.head.assumption')}</th>
              <th scope="col">{t('route.asm.head.central')}</th>
              <th scope="col">{t('route.asm.head.range')}</th>
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
                      <span className="hint">{t('route.asm.unit', { unit: entry.unit })}</span>
                      {used?.has(entry.key) ? <span className="assumptions__used">{t('route.asm.used')}</span> : null}
                      <EditorialEstimateNote entry={entry} />
                      <AssumptionSources entry={entry} sourceById={sourceById} />
                    </th>
                    <td>
                      <input
                        type="number"
                        step="any"
                        min={0}
                        aria-label={t(isEditorialEstimate(entry) ? 'route.asm.inputEditorial' : 'route.asm.input', {
                          name: entry.label ?? entry.key,
                          unit: entry.unit,
                          editorial,
                        })}
                        value={override ?? entry.central}
                        onChange={(event) => {
                          const typed = Number.parseFloat(event.target.value);
                          if (!Number.isFinite(typed) || typed < 0) return;
                          setOverride(entry.key, typed === entry.central ? undefined : typed);
                        }}
                      />
                    </td>
                    <td className="number">
                      {t('route.observation.span', {
                        low: figure(entry.optimistic, wording),
                        high: figure(entry.pessimistic, wording),
                      })}
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
