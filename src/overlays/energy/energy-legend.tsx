import { wordOf } from '../../cartography/overlay-definition';
import { ENERGY_STATUSES, SCENARIO_YEAR_RANGE } from '../../domain/vocabulary/vocabulary';
import { useWording } from '../../i18n/use-t';
import { useExplorer } from '../../state/explorer-context';
import { ENERGY_LAYERS } from './energy-overlay';
import { ENERGY_STATUS_GROUPS, energyTheme } from './energy-style';

function LineSample({ colour, dashes, width = 3 }: { colour: string; dashes?: readonly number[]; width?: number }) {
  return (
    <svg width="36" height="12" aria-hidden="true" className="legend__sample">
      <line
        x1="2"
        y1="6"
        x2="34"
        y2="6"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dashes?.map((dash) => dash * width).join(' ')}
      />
    </svg>
  );
}

/**
 * The energy overlays' switches, filters and key: one switch per overlay (all off by default), a
 * status filter, the year (features as they stood then, from their status history; the same year
 * as the route's scenario), and what colours, widths, dashes and symbols mean.
 */
export function EnergyLegend({ defaultLayers }: { defaultLayers: readonly string[] }) {
  const visibleLayers = useExplorer((state) => state.visibleLayers) ?? defaultLayers;
  const setLayerVisible = useExplorer((state) => state.setLayerVisible);
  const hiddenStatuses = useExplorer((state) => state.hiddenEnergyStatuses);
  const setStatusHidden = useExplorer((state) => state.setEnergyStatusHidden);
  const year = useExplorer((state) => state.routeQuery.year);
  const updateRouteQuery = useExplorer((state) => state.updateRouteQuery);
  const wording = useWording();
  const { t } = wording;
  const anyOn = ENERGY_LAYERS.some((layer) => visibleLayers.includes(layer.id));
  return (
    <div className="legend energy-legend">
      <fieldset>
        <legend>{t('layer.energy.title')}</legend>
        {ENERGY_LAYERS.map((layer) => (
          <label key={layer.id} className="legend__toggle">
            <input
              type="checkbox"
              checked={visibleLayers.includes(layer.id)}
              onChange={(event) => setLayerVisible(layer.id, event.target.checked, defaultLayers)}
            />
            {wordOf(layer.label, wording)}
          </label>
        ))}
      </fieldset>
      {anyOn ? (
        <>
          <fieldset>
            <legend>{t('layer.energy.statuses')}</legend>
            <div className="route-query__countries">
              {ENERGY_STATUSES.map((status) => (
                <label key={status} className="inline-choice">
                  <input
                    type="checkbox"
                    checked={!hiddenStatuses.includes(status)}
                    onChange={(event) => setStatusHidden(status, !event.target.checked)}
                  />
                  {wording.statusPhrase(status)}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="block-choice">
            {t('layer.energy.year')}{' '}
            <input
              type="number"
              min={SCENARIO_YEAR_RANGE.minimum}
              max={SCENARIO_YEAR_RANGE.maximum}
              value={year ?? ''}
              placeholder={t('layer.energy.yearPlaceholder')}
              onChange={(event) => {
                const value = Number.parseInt(event.target.value, 10);
                updateRouteQuery({
                  year:
                    Number.isFinite(value) &&
                    value >= SCENARIO_YEAR_RANGE.minimum &&
                    value <= SCENARIO_YEAR_RANGE.maximum
                      ? value
                      : undefined,
                });
              }}
            />
          </label>
          <h3 className="legend__heading">{t('layer.energy.key')}</h3>
          <ul className="legend__list" aria-label={t('layer.energy.key')} data-testid="energy-key">
            <li>
              <LineSample colour={energyTheme.gas} />
              {t('layer.energy.keyGas')}
            </li>
            <li>
              <LineSample colour={energyTheme.oil} />
              {t('layer.energy.keyOil')}
            </li>
            <li>
              <LineSample colour="#444" dashes={ENERGY_STATUS_GROUPS.restricted.dashes} />
              {t('layer.energy.keyRestricted')}
            </li>
            <li>
              <LineSample colour="#444" dashes={ENERGY_STATUS_GROUPS.building.dashes} />
              {t('v.status.under-construction')}
            </li>
            <li>
              <LineSample colour="#444" dashes={ENERGY_STATUS_GROUPS.planned.dashes} />
              {t('layer.energy.keyPlanned')}
            </li>
            <li>
              <LineSample colour="#444" dashes={ENERGY_STATUS_GROUPS.stopped.dashes} />
              {t('layer.energy.keyStopped')}
            </li>
            <li>
              <LineSample colour="#999" dashes={ENERGY_STATUS_GROUPS.abandoned.dashes} />
              {t('layer.energy.keyAbandoned')}
            </li>
            <li>
              <LineSample colour={energyTheme.gas} dashes={[2, 2]} />
              {t('layer.energy.keySwapPhysical')}
            </li>
            <li>
              <LineSample colour={energyTheme.virtual} dashes={[2, 2]} width={1.5} />
              {t('layer.energy.keySwapVirtual')}
            </li>
            <li>
              <svg width="36" height="16" aria-hidden="true" className="legend__sample">
                <circle cx="18" cy="8" r="6" fill={energyTheme.lngFill} stroke={energyTheme.gas} strokeWidth="2" />
              </svg>
              {t('layer.energy.keyLng')}
            </li>
          </ul>
        </>
      ) : null}
    </div>
  );
}
