import { type StatusFacts, statusAt } from '../../domain/status-at';
import { useT, useWording } from '../../i18n/use-t';
import type { Wording } from '../../i18n/wording';
import { useExplorer, useOptionalData, useViewDay } from '../../state/explorer-context';
import { commaList, commodityName, energyKind, semicolonList, volumeBasis } from '../../ui/details-wording';

/** Published capacities or volumes as short text, each as published: "20 bcm/yr (design); 10 bcm/yr (current)". */
function figuresText(
  wording: Wording,
  figures: readonly { value: number; unit: string; basis: string }[],
  basisWord: (basis: string) => string,
): string {
  const parts = figures.map(
    (entry) =>
      `${wording.number(entry.value, { maximumFractionDigits: 2 })} ${entry.unit} ${wording.t('details.capacityBasis', {
        basis: basisWord(entry.basis),
      })}`,
  );
  return semicolonList(wording, parts) || '—';
}

/**
 * The energy overlays as a table beside the corridor's: every pipeline, LNG project and swap with
 * its status and capacity; a row's name selects it (its panel opens and the map highlights it).
 */
export function EnergyTable() {
  const t = useT();
  const wording = useWording();
  const energy = useOptionalData('energy');
  const select = useExplorer((state) => state.select);
  const selection = useExplorer((state) => state.selection);
  const { day, present } = useViewDay();
  if (!energy) return null;
  /** The status on the view's day, by the one status rule. */
  const onDay = (facts: StatusFacts) => wording.status(statusAt(facts, day, present));
  const capacityBasis = (basis: string) => wording.capacityBasis(basis);
  const swapBasis = (basis: string) => volumeBasis(wording, basis);
  const rows = [
    ...energy.pipelines.map((pipeline) => ({
      id: pipeline.properties.id,
      name: pipeline.properties.name,
      kind: energyKind(wording, pipeline.properties.flowKind),
      commodity: commodityName(wording, pipeline.properties.commodity),
      status: onDay(pipeline.properties),
      capacity: figuresText(wording, pipeline.properties.capacity, capacityBasis),
      countries: commaList(wording, pipeline.properties.countries.map(wording.country)),
      sources: pipeline.properties.sources.length,
    })),
    ...energy.lngProjects.map((project) => ({
      id: project.properties.id,
      name: project.properties.name,
      kind: energyKind(wording, 'lng'),
      commodity: commodityName(wording, 'gas'),
      status: onDay(project.properties),
      capacity: figuresText(wording, project.properties.capacity, capacityBasis),
      countries: wording.country(project.properties.country),
      sources: project.properties.sources.length,
    })),
    ...energy.swaps.map((swap) => ({
      id: swap.id,
      name: swap.name,
      kind: energyKind(wording, 'swap'),
      commodity: commodityName(wording, swap.commodity),
      status: onDay(swap),
      capacity: figuresText(wording, swap.volumes, swapBasis),
      countries: t('tables.fromTo', {
        from: wording.country(swap.entry.country),
        to: wording.country(swap.exit.country),
      }),
      sources: swap.sources.length,
    })),
  ];
  return (
    <div className="table-scroll network-table__scroll">
      <table className="data-table" data-testid="energy-table">
        <caption>{t('tables.energyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tables.column.name')}</th>
            <th scope="col">{t('tables.column.kind')}</th>
            <th scope="col">{t('tables.column.commodity')}</th>
            <th scope="col">{t('tables.column.status')}</th>
            <th scope="col">{t('tables.column.capacityOrVolume')}</th>
            <th scope="col">{t('tables.column.countries')}</th>
            <th scope="col">{t('tables.column.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              aria-selected={row.id === selection}
              className={row.id === selection ? 'row--selected' : undefined}
            >
              <th scope="row">
                <button type="button" className="link-button" onClick={() => select(row.id)}>
                  {row.name}
                </button>
              </th>
              <td>{row.kind}</td>
              <td>{row.commodity}</td>
              <td>{row.status}</td>
              <td>{row.capacity}</td>
              <td>{row.countries}</td>
              <td className="number">{wording.number(row.sources)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
