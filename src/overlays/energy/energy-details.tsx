import { countriesPhrase, countryName, humaniseId, statusName } from '../../domain/readable';
import { PRECISION_LABELS } from '../../domain/vocabulary/vocabulary-labels';
import { useDataIfLoaded, useExplorer } from '../../state/explorer-context';
import type { EnergyData } from '../../state/explorer-data';

const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** The commodities, capitalised at the start of a line. */
const COMMODITY_NAMES: Record<string, string> = { gas: 'Gas', oil: 'Oil' };

/** What a line on the energy map is. */
const FLOW_KIND_NAMES: Record<string, string> = {
  pipeline: 'pipeline',
  'planned-flow': 'planned flow',
  concept: 'concept',
};

/** The dated milestones of a pipeline. */
const DATE_NAMES: Record<string, string> = {
  announced: 'Announced',
  construction: 'Construction',
  commissioned: 'Commissioned',
  signed: 'Signed',
  start: 'Started',
  suspended: 'Suspended',
  lastFlows: 'Last flows',
};

/** Source ids as short linked references (publisher and year, the title on hover), never as slugs. */
function Refs({ ids, energy }: { ids: readonly string[]; energy: EnergyData }) {
  return (
    <>
      {ids.map((id, index) => {
        const source = energy.sourceById.get(id);
        return (
          <span key={id}>
            {index > 0 ? '; ' : ''}
            {source ? (
              <a href={source.url ?? undefined} target="_blank" rel="noopener noreferrer" title={source.title}>
                {source.publisher}
                {source.datePublished ? ` ${source.datePublished.slice(0, 4)}` : ''}
              </a>
            ) : (
              humaniseId(id)
            )}
          </span>
        );
      })}
    </>
  );
}

function Sources({ ids, energy }: { ids: readonly string[]; energy: EnergyData }) {
  return (
    <ul className="sources">
      {ids.map((id) => {
        const source = energy.sourceById.get(id);
        return (
          <li key={id}>
            {source ? (
              <>
                <a href={source.url ?? undefined} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
                {' — '}
                {source.publisher}
                {source.datePublished ? `, ${source.datePublished}` : ''}
              </>
            ) : (
              `${humaniseId(id)} (not in the bibliography)`
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface Dated {
  status: string;
  since: string;
  sources: readonly string[];
  note?: string | undefined;
}

function History({ entries, energy }: { entries: readonly Dated[]; energy: EnergyData }) {
  if (entries.length === 0) return <span className="hint">no dated history</span>;
  return (
    <ul className="history">
      {entries.map((entry) => (
        <li key={`${entry.status}-${entry.since}`}>
          {entry.since}: {statusName(entry.status)}
          {entry.note ? ` — ${entry.note}` : ''} (<Refs ids={entry.sources} energy={energy} />)
        </li>
      ))}
    </ul>
  );
}

function Capacities({
  entries,
  energy,
}: {
  entries: readonly {
    value: number;
    valueMax?: number | undefined;
    unit: string;
    basis: string;
    year: number | null;
    sources: readonly string[];
    note?: string | undefined;
  }[];
  energy: EnergyData;
}) {
  if (entries.length === 0) return <span className="hint">no published figure</span>;
  return (
    <ul>
      {entries.map((entry) => (
        <li key={`${entry.value}-${entry.unit}-${entry.basis}-${entry.year}`}>
          {decimal.format(entry.value)}
          {entry.valueMax ? `–${decimal.format(entry.valueMax)}` : ''} {entry.unit} ({entry.basis}
          {entry.year ? `, ${entry.year}` : ''}){entry.note ? ` — ${entry.note}` : ''} (
          <Refs ids={entry.sources} energy={energy} />)
        </li>
      ))}
    </ul>
  );
}

/** Every attribute of a selected pipeline, LNG project or swap, with its sources; nothing otherwise. */
export function EnergyDetails({ featureId }: { featureId: string }) {
  // The energy data comes in when an energy feature is selected; a corridor selection does not ask for it.
  const energy = useDataIfLoaded('energy');
  const select = useExplorer((state) => state.select);
  if (!energy) return null;
  const close = (
    <button type="button" onClick={() => select(undefined)}>
      Close
    </button>
  );
  const pipeline = energy.pipelineById.get(featureId);
  if (pipeline) {
    const properties = pipeline.properties;
    return (
      <article className="feature-details" data-testid="energy-details" aria-labelledby="energy-details-title">
        <h3 id="energy-details-title">{properties.name}</h3>
        <p className="feature-details__meta">
          {COMMODITY_NAMES[properties.commodity]} {FLOW_KIND_NAMES[properties.flowKind]} ·{' '}
          {statusName(properties.status)} · {countriesPhrase(properties.countries)}
        </p>
        {properties.flowKind === 'concept' ? (
          <p className="gap-explainer" role="note">
            A concept: no route was ever published. The arrow only joins the two shores it was said to connect.
          </p>
        ) : null}
        {properties.flowKind === 'planned-flow' ? (
          <p className="gap-explainer" role="note">
            A planned flow over existing pipelines, not a new line: it is drawn beside the lines it would use.
          </p>
        ) : null}
        <dl className="facts">
          <dt>Status history</dt>
          <dd>
            <History entries={properties.statusHistory} energy={energy} />
          </dd>
          <dt>Capacity</dt>
          <dd>
            <Capacities entries={properties.capacity} energy={energy} />
          </dd>
          <dt>Length</dt>
          <dd>
            {properties.publishedLengths.length
              ? properties.publishedLengths
                  .map((length) => `${decimal.format(length.km)} km${length.preferred ? ' (preferred)' : ''}`)
                  .join('; ')
              : 'no published length'}
          </dd>
          <dt>Parties</dt>
          <dd>{properties.parties.join(', ') || '—'}</dd>
          {properties.diameterInches ? (
            <>
              <dt>Diameter</dt>
              <dd>{properties.diameterInches} inches</dd>
            </>
          ) : null}
          {properties.dates ? (
            <>
              <dt>Dates</dt>
              <dd>
                {Object.entries(properties.dates)
                  .map(([what, when]) => `${DATE_NAMES[what] ?? humaniseId(what)}: ${when}`)
                  .join('; ')}
              </dd>
            </>
          ) : null}
        </dl>
        {properties.note ? <p>{properties.note}</p> : null}
        <p className="provenance">
          Geometry {PRECISION_LABELS[properties.precision]}; facts{' '}
          {properties.verified ? 'confirmed from the sources' : 'not all confirmed'}, checked {properties.asOf}.
        </p>
        <h4>Sources</h4>
        <Sources ids={properties.sources} energy={energy} />
        {close}
      </article>
    );
  }
  const project = energy.lngById.get(featureId);
  if (project) {
    const properties = project.properties;
    return (
      <article className="feature-details" data-testid="energy-details" aria-labelledby="energy-details-title">
        <h3 id="energy-details-title">{properties.name}</h3>
        <p className="feature-details__meta">
          LNG project · {statusName(properties.status)} · {countryName(properties.country)}
        </p>
        <dl className="facts">
          <dt>Status history</dt>
          <dd>
            <History entries={properties.statusHistory} energy={energy} />
          </dd>
          <dt>Capacity</dt>
          <dd>
            <Capacities entries={properties.capacity} energy={energy} />
          </dd>
          <dt>Parties</dt>
          <dd>{properties.parties.join(', ') || '—'}</dd>
        </dl>
        {properties.note ? <p>{properties.note}</p> : null}
        <h4>Sources</h4>
        <Sources ids={properties.sources} energy={energy} />
        {close}
      </article>
    );
  }
  const swap = energy.swapById.get(featureId);
  if (swap) {
    return (
      <article className="feature-details" data-testid="energy-details" aria-labelledby="energy-details-title">
        <h3 id="energy-details-title">{swap.name}</h3>
        <p className="feature-details__meta">
          {COMMODITY_NAMES[swap.commodity]} swap · {statusName(swap.status)}
        </p>
        <p className="gap-explainer" role="note">
          A swap is virtual: the {swap.commodity} delivered at {swap.entry.name} ({countryName(swap.entry.country)}) is
          not the {swap.commodity} that leaves at {swap.exit.name} ({countryName(swap.exit.country)}). The dashed grey
          connector on the map marks where nothing physically travels.
        </p>
        <dl className="facts">
          <dt>Entry → exit</dt>
          <dd>
            {swap.entry.name} → {swap.exit.name}
          </dd>
          <dt>Pipelines used</dt>
          <dd>
            {swap.pipelines.map((id, index) => (
              <span key={id}>
                {index > 0 ? ', ' : ''}
                <button type="button" className="link-button" onClick={() => select(id)}>
                  {energy.pipelineById.get(id)?.properties.name ?? humaniseId(id)}
                </button>
              </span>
            ))}
          </dd>
          <dt>Volumes</dt>
          <dd>
            {swap.volumes.length ? (
              <ul>
                {swap.volumes.map((volume) => (
                  <li key={`${volume.value}-${volume.unit}-${volume.basis}-${volume.period}`}>
                    {decimal.format(volume.value)}
                    {volume.valueMax ? `–${decimal.format(volume.valueMax)}` : ''} {volume.unit} ({volume.basis}
                    {volume.period ? `, ${volume.period}` : ''}){volume.note ? ` — ${volume.note}` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              'no published volume'
            )}
          </dd>
          <dt>Status history</dt>
          <dd>
            <History entries={swap.statusHistory} energy={energy} />
          </dd>
          <dt>Parties</dt>
          <dd>{swap.parties.join(', ') || '—'}</dd>
        </dl>
        {swap.note ? <p>{swap.note}</p> : null}
        <h4>Sources</h4>
        <Sources ids={swap.sources} energy={energy} />
        {close}
      </article>
    );
  }
  return null;
}
