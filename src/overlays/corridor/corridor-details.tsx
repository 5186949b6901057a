import { KILOMETERS_PER_NAUTICAL_MILE } from '../../domain/great-circle';
import { countriesPhrase, countryName, listPhrase, modeWithVessel, monthsPhrase } from '../../domain/readable';
import { describeSeasonalEffect } from '../../domain/routing/seasonal-effect';
import type { Precision } from '../../domain/vocabulary/vocabulary';
import {
  BRANCH_LABELS,
  CAPACITY_BASIS_LABELS,
  NODE_KIND_LABELS,
  PRECISION_LABELS,
} from '../../domain/vocabulary/vocabulary-labels';
import { useDisplayNames, useWording } from '../../i18n/use-t';
import { useExplorer, useLoadedData } from '../../state/explorer-context';
import type { CorridorData, CorridorNode, CorridorSegment } from '../../state/explorer-data';
import { formatPosition, LocalNames } from '../../ui/local-names';
import { SourceList, SourceRefs } from './corridor-sources';
import { EventDetails } from './event-details';
import { StatusHistory } from './status-history';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

function Provenance({ feature }: { feature: { precision: Precision; verified: boolean; asOf: string } }) {
  return (
    <p className="provenance">
      Geometry: <strong>{PRECISION_LABELS[feature.precision]}</strong>
      {feature.precision === 'approximate' ? ' (drawn through named towns; not the surveyed alignment)' : ''}. Facts{' '}
      {feature.verified ? 'confirmed from the sources' : <strong>not all confirmed from the sources yet</strong>},
      checked {feature.asOf}.
    </p>
  );
}

function SegmentDetails({ segment, corridor }: { segment: CorridorSegment; corridor: CorridorData }) {
  const select = useExplorer((state) => state.select);
  const addToComparison = useExplorer((state) => state.addToComparison);
  const compared = useExplorer((state) => state.comparedSegments);
  const properties = segment.properties;
  const drawnKilometers = corridor.drawnKilometersById.get(properties.id) ?? 0;
  const onWater = properties.mode === 'sea' || properties.mode === 'river';
  const lengths = [...properties.publishedLengths].sort(
    (a, b) => Number(b.preferred ?? false) - Number(a.preferred ?? false),
  );
  const alternatives = (corridor.segmentsByNodeId.get(properties.from) ?? []).filter(
    (other) =>
      other.properties.id !== properties.id && [other.properties.from, other.properties.to].includes(properties.to),
  );
  const names = useDisplayNames(corridor);
  const from = corridor.nodeById.get(properties.from);
  const to = corridor.nodeById.get(properties.to);
  return (
    <article className="feature-details" aria-labelledby="feature-details-title" data-testid="segment-details">
      <h3 id="feature-details-title">{properties.name}</h3>
      <p className="feature-details__meta">
        {BRANCH_LABELS[properties.branch]} · {modeWithVessel(properties.mode, properties.vessel)}
        {properties.gaugeMillimetres ? ` · ${properties.gaugeMillimetres} mm gauge` : ''}
        {properties.traction ? ` · ${properties.traction} traction` : ''}
      </p>
      {properties.gap ? (
        <div className="gap-explainer" role="note">
          <strong>Missing link.</strong> There is no railway here yet
          {properties.expectedOpen ? `; it is expected to open in ${properties.expectedOpen}` : ''}.
          {alternatives.length > 0 ? (
            <>
              {' '}
              Freight moves today by:{' '}
              {alternatives.map((alternative, index) => (
                <span key={alternative.properties.id}>
                  {index > 0 ? ', ' : ''}
                  <button type="button" className="link-button" onClick={() => select(alternative.properties.id)}>
                    {alternative.properties.name}
                  </button>
                </span>
              ))}
              .
            </>
          ) : null}
        </div>
      ) : null}
      <dl className="facts">
        <dt>From – to</dt>
        <dd>
          {from ? (
            <button type="button" className="link-button" onClick={() => select(from.properties.id)}>
              {from.properties.name}
            </button>
          ) : (
            names.place(properties.from)
          )}
          {' – '}
          {to ? (
            <button type="button" className="link-button" onClick={() => select(to.properties.id)}>
              {to.properties.name}
            </button>
          ) : (
            names.place(properties.to)
          )}
        </dd>
        <dt>Status</dt>
        <dd>
          <StatusHistory facts={properties} corridor={corridor} />
        </dd>
        <dt>Drawn length (computed)</dt>
        <dd data-testid="computed-length">
          {number.format(drawnKilometers)} km
          {onWater ? ` (${number.format(drawnKilometers / KILOMETERS_PER_NAUTICAL_MILE)} nm)` : ''}
          <span className="hint"> — computed by this app along the drawn line, not a published figure</span>
        </dd>
        <dt>Published lengths</dt>
        <dd>
          {lengths.length === 0 ? (
            'none found'
          ) : (
            <ul className="published-lengths">
              {lengths.map((length) => (
                <li key={`${length.km}-${length.sources.join()}`}>
                  <strong>{decimal.format(length.km)} km</strong>
                  {length.preferred ? ' (preferred)' : ''}
                  {length.outlier ? ' (outlier)' : ''}
                  {length.note ? ` — ${length.note}` : ''} (<SourceRefs ids={length.sources} />)
                </li>
              ))}
            </ul>
          )}
          {properties.lengthNote ? <p className="hint">{properties.lengthNote}</p> : null}
        </dd>
        {properties.capacity.length > 0 ? (
          <>
            <dt>Capacity</dt>
            <dd>
              <ul>
                {properties.capacity.map((entry) => (
                  <li key={`${entry.value}-${entry.unit}-${entry.basis}-${entry.year}`}>
                    {decimal.format(entry.value)} {entry.unit} ({CAPACITY_BASIS_LABELS[entry.basis]}
                    {entry.year ? `, ${entry.year}` : ''}){entry.note ? ` — ${entry.note}` : ''} (
                    <SourceRefs ids={entry.sources} />)
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {properties.seasonal ? (
          <>
            <dt>Seasonal limits</dt>
            <dd>
              {properties.seasonal.closedMonths.length > 0
                ? `Closed ${monthsPhrase(properties.seasonal.closedMonths)}. `
                : ''}
              {(properties.seasonal.restrictedMonths ?? []).length > 0
                ? `Open but restricted ${monthsPhrase(properties.seasonal.restrictedMonths ?? [])}. `
                : ''}
              {properties.seasonal.note} (
              <SourceRefs ids={properties.seasonal.sources} />)
              {properties.seasonal.effect ? (
                <p>
                  Effect: {describeSeasonalEffect(properties.seasonal.effect, 'container')}.{' '}
                  {properties.seasonal.effect.note} (
                  <SourceRefs ids={properties.seasonal.effect.sources} />)
                </p>
              ) : null}
            </dd>
          </>
        ) : null}
        {properties.passages.length > 0 ? (
          <>
            <dt>Passages</dt>
            <dd>{listPhrase(properties.passages.map(names.passage))}</dd>
          </>
        ) : null}
        <dt>{properties.countries.length === 1 ? 'Country' : 'Countries'}</dt>
        <dd>{countriesPhrase(properties.countries)}</dd>
      </dl>
      {properties.note ? <p>{properties.note}</p> : null}
      <Provenance feature={properties} />
      <h4>Sources</h4>
      <SourceList ids={properties.sources} />
      <div className="button-row">
        <button
          type="button"
          disabled={compared.includes(properties.id)}
          onClick={() => addToComparison(properties.id)}
        >
          {compared.includes(properties.id) ? 'In the comparison' : 'Add to the comparison'}
        </button>
        <button type="button" onClick={() => select(undefined)}>
          Close
        </button>
      </div>
    </article>
  );
}

function NodeDetails({ node, corridor }: { node: CorridorNode; corridor: CorridorData }) {
  const select = useExplorer((state) => state.select);
  const wording = useWording();
  const properties = node.properties;
  const names = properties.names as Partial<Record<string, string>>;
  const [longitude, latitude] = node.geometry.coordinates;
  const connected = corridor.segmentsByNodeId.get(properties.id) ?? [];
  return (
    <article className="feature-details" aria-labelledby="feature-details-title" data-testid="node-details">
      <h3 id="feature-details-title">{properties.name}</h3>
      <p className="feature-details__meta">
        {NODE_KIND_LABELS[properties.kind]} · {countryName(properties.country)} ·{' '}
        {formatPosition(wording, longitude ?? 0, latitude ?? 0)}
      </p>
      {properties.note ? <p>{properties.note}</p> : null}
      <StatusHistory facts={properties} corridor={corridor} />
      <LocalNames names={names} />
      <h4>Segments from here</h4>
      <ul>
        {connected.map((segment) => (
          <li key={segment.properties.id}>
            <button type="button" className="link-button" onClick={() => select(segment.properties.id)}>
              {segment.properties.name}
            </button>
          </li>
        ))}
      </ul>
      <Provenance feature={properties} />
      <h4>Sources</h4>
      <SourceList ids={properties.sources} />
      <button type="button" onClick={() => select(undefined)}>
        Close
      </button>
    </article>
  );
}

/** Every attribute of a selected corridor segment, node or event, with its sources; nothing for other features. */
export function CorridorDetails({ featureId }: { featureId: string }) {
  const corridor = useLoadedData('corridor');
  const segment = corridor.segmentById.get(featureId);
  if (segment) return <SegmentDetails segment={segment} corridor={corridor} />;
  const node = corridor.nodeById.get(featureId);
  if (node) return <NodeDetails node={node} corridor={corridor} />;
  const event = corridor.eventById.get(featureId);
  if (event) return <EventDetails event={event} corridor={corridor} />;
  return null;
}
