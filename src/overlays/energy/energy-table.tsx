import { countryName, statusName } from '../../domain/readable';
import { type StatusFacts, statusAt } from '../../domain/status-at';
import { useExplorer, useOptionalData, useViewDay } from '../../state/explorer-context';

const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

const COMMODITY_NAMES: Record<string, string> = { gas: 'Gas', oil: 'Oil' };
const FLOW_KIND_NAMES: Record<string, string> = {
  pipeline: 'Pipeline',
  'planned-flow': 'Planned flow',
  concept: 'Concept',
};

function capacityText(capacity: readonly { value: number; unit: string; basis: string }[]): string {
  return capacity.map((entry) => `${decimal.format(entry.value)} ${entry.unit} (${entry.basis})`).join('; ') || '—';
}

/**
 * The energy overlays as a table beside the corridor's: every pipeline, LNG project and swap with
 * its status and capacity; a row's name selects it (its panel opens and the map highlights it).
 */
export function EnergyTable() {
  const energy = useOptionalData('energy');
  const select = useExplorer((state) => state.select);
  const selection = useExplorer((state) => state.selection);
  const { day, present } = useViewDay();
  if (!energy) return null;
  /** The status on the view's day, by the one status rule. */
  const onDay = (facts: StatusFacts) => statusName(statusAt(facts, day, present));
  const rows = [
    ...energy.pipelines.map((pipeline) => ({
      id: pipeline.properties.id,
      name: pipeline.properties.name,
      kind: FLOW_KIND_NAMES[pipeline.properties.flowKind] ?? 'Pipeline',
      commodity: COMMODITY_NAMES[pipeline.properties.commodity] ?? pipeline.properties.commodity,
      status: onDay(pipeline.properties),
      capacity: capacityText(pipeline.properties.capacity),
      countries: pipeline.properties.countries.map(countryName).join(', '),
      sources: pipeline.properties.sources.length,
    })),
    ...energy.lngProjects.map((project) => ({
      id: project.properties.id,
      name: project.properties.name,
      kind: 'LNG project',
      commodity: 'Gas',
      status: onDay(project.properties),
      capacity: capacityText(project.properties.capacity),
      countries: countryName(project.properties.country),
      sources: project.properties.sources.length,
    })),
    ...energy.swaps.map((swap) => ({
      id: swap.id,
      name: swap.name,
      kind: 'Swap',
      commodity: COMMODITY_NAMES[swap.commodity] ?? swap.commodity,
      status: onDay(swap),
      capacity:
        swap.volumes.map((volume) => `${decimal.format(volume.value)} ${volume.unit} (${volume.basis})`).join('; ') ||
        '—',
      countries: `${countryName(swap.entry.country)} → ${countryName(swap.exit.country)}`,
      sources: swap.sources.length,
    })),
  ];
  return (
    <div className="table-scroll network-table__scroll">
      <table className="data-table" data-testid="energy-table">
        <caption>Energy overlays</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Commodity</th>
            <th scope="col">Status</th>
            <th scope="col">Capacity or volume</th>
            <th scope="col">Countries</th>
            <th scope="col">Sources</th>
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
              <td className="number">{row.sources}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
