import { KILOMETERS_PER_NAUTICAL_MILE } from '../../domain/great-circle';
import type { Precision } from '../../domain/vocabulary/vocabulary';
import { Message, useDisplayNames, useT, useWording } from '../../i18n/use-t';
import { useExplorer, useLoadedData } from '../../state/explorer-context';
import type { CorridorData, CorridorNode, CorridorSegment } from '../../state/explorer-data';
import { capacityBasisText, capacityUnit, plainNumber, tractionWord } from '../../ui/details-wording';
import { formatPosition, LocalNames } from '../../ui/local-names';
import { useTimeWords } from '../../ui/time-words';
import { SourceList, SourceRefs } from './corridor-sources';
import { EventDetails } from './event-details';
import { StatusHistory } from './status-history';

function Provenance({ feature }: { feature: { precision: Precision; verified: boolean; asOf: string } }) {
  const t = useT();
  const wording = useWording();
  const time = useTimeWords();
  return (
    <p className="provenance">
      <Message
        id={feature.precision === 'approximate' ? 'details.provenanceApproximate' : 'details.provenance'}
        values={{
          precision: <strong>{wording.precision(feature.precision)}</strong>,
          facts: feature.verified ? t('details.factsConfirmed') : <strong>{t('details.factsNotConfirmed')}</strong>,
          date: time.date(feature.asOf),
        }}
      />
    </p>
  );
}

function SegmentDetails({ segment, corridor }: { segment: CorridorSegment; corridor: CorridorData }) {
  const t = useT();
  const wording = useWording();
  const time = useTimeWords();
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
  const whole = (value: number) => wording.number(value, { maximumFractionDigits: 0 });
  const decimal = (value: number) => wording.number(value, { maximumFractionDigits: 1 });
  const seasonal = properties.seasonal;
  return (
    <article className="feature-details" aria-labelledby="feature-details-title" data-testid="segment-details">
      <h3 id="feature-details-title">{names.segment(properties.id)}</h3>
      <p className="feature-details__meta">
        {wording.branch(properties.branch)} · {wording.modeWithVessel(properties.mode, properties.vessel)}
        {properties.gaugeMillimetres
          ? ` · ${t('details.gauge', { gauge: plainNumber(wording, properties.gaugeMillimetres) })}`
          : ''}
        {properties.traction
          ? ` · ${t('details.traction', { traction: tractionWord(wording, properties.traction) })}`
          : ''}
      </p>
      {properties.gap ? (
        <div className="gap-explainer" role="note">
          <strong>{t('details.missingLink')}</strong>{' '}
          {properties.expectedOpen
            ? t('details.noRailwayExpected', { year: plainNumber(wording, properties.expectedOpen) })
            : t('details.noRailway')}
          {alternatives.length > 0 ? (
            <>
              {' '}
              {t('details.freightMovesBy')}{' '}
              {alternatives.map((alternative, index) => (
                <span key={alternative.properties.id}>
                  {index > 0 ? t('details.separator.comma') : ''}
                  <button type="button" className="link-button" onClick={() => select(alternative.properties.id)}>
                    {names.segment(alternative.properties.id)}
                  </button>
                </span>
              ))}
              .
            </>
          ) : null}
        </div>
      ) : null}
      <dl className="facts">
        <dt>{t('details.fromTo')}</dt>
        <dd>
          {from ? (
            <button type="button" className="link-button" onClick={() => select(from.properties.id)}>
              {names.place(from.properties.id)}
            </button>
          ) : (
            names.place(properties.from)
          )}
          {' – '}
          {to ? (
            <button type="button" className="link-button" onClick={() => select(to.properties.id)}>
              {names.place(to.properties.id)}
            </button>
          ) : (
            names.place(properties.to)
          )}
        </dd>
        <dt>{t('details.status')}</dt>
        <dd>
          <StatusHistory facts={properties} corridor={corridor} />
        </dd>
        <dt>{t('details.drawnLength')}</dt>
        <dd data-testid="computed-length">
          {wording.unit('km', whole(drawnKilometers))}
          {onWater
            ? ` ${t('details.nauticalMiles', { value: whole(drawnKilometers / KILOMETERS_PER_NAUTICAL_MILE) })}`
            : ''}
          <span className="hint"> {t('details.computedHint')}</span>
        </dd>
        <dt>{t('details.publishedLengths')}</dt>
        <dd>
          {lengths.length === 0 ? (
            t('details.noneFound')
          ) : (
            <ul className="published-lengths">
              {lengths.map((length) => (
                <li key={`${length.km}-${length.sources.join()}`}>
                  <strong>{wording.unit('km', decimal(length.km))}</strong>
                  {length.preferred ? ` ${t('details.preferred')}` : ''}
                  {length.outlier ? ` ${t('details.outlier')}` : ''}
                  {length.note ? ` — ${length.note}` : ''} (<SourceRefs ids={length.sources} />)
                </li>
              ))}
            </ul>
          )}
          {properties.lengthNote ? <p className="hint">{properties.lengthNote}</p> : null}
        </dd>
        {properties.capacity.length > 0 ? (
          <>
            <dt>{t('details.capacity')}</dt>
            <dd>
              <ul>
                {properties.capacity.map((entry) => (
                  <li key={`${entry.value}-${entry.unit}-${entry.basis}-${entry.year}`}>
                    {decimal(entry.value)} {capacityUnit(wording, entry.unit)} {capacityBasisText(wording, entry)}
                    {entry.note ? ` — ${entry.note}` : ''} (
                    <SourceRefs ids={entry.sources} />)
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {seasonal ? (
          <>
            <dt>{t('details.seasonalLimits')}</dt>
            <dd>
              {seasonal.closedMonths.length > 0
                ? `${t('details.seasonalClosed', { months: wording.months(seasonal.closedMonths) })} `
                : ''}
              {(seasonal.restrictedMonths ?? []).length > 0
                ? `${t('details.seasonalRestricted', { months: wording.months(seasonal.restrictedMonths ?? []) })} `
                : ''}
              {seasonal.note} (
              <SourceRefs ids={seasonal.sources} />)
              {seasonal.effect ? (
                <p>
                  {t('details.effect', { effect: time.seasonalEffect(seasonal.effect, 'container') })}{' '}
                  {seasonal.effect.note} (
                  <SourceRefs ids={seasonal.effect.sources} />)
                </p>
              ) : null}
            </dd>
          </>
        ) : null}
        {properties.passages.length > 0 ? (
          <>
            <dt>{t('details.passages')}</dt>
            <dd>{wording.list(properties.passages.map(names.passage))}</dd>
          </>
        ) : null}
        <dt>{t('details.countries', { count: properties.countries.length })}</dt>
        <dd>{wording.countries(properties.countries)}</dd>
      </dl>
      {properties.note ? <p>{properties.note}</p> : null}
      <Provenance feature={properties} />
      <h4>{t('details.sources')}</h4>
      <SourceList ids={properties.sources} />
      <div className="button-row">
        <button
          type="button"
          disabled={compared.includes(properties.id)}
          onClick={() => addToComparison(properties.id)}
        >
          {compared.includes(properties.id) ? t('details.inComparison') : t('details.addToComparison')}
        </button>
        <button type="button" onClick={() => select(undefined)}>
          {t('details.close')}
        </button>
      </div>
    </article>
  );
}

function NodeDetails({ node, corridor }: { node: CorridorNode; corridor: CorridorData }) {
  const t = useT();
  const select = useExplorer((state) => state.select);
  const wording = useWording();
  const displayNames = useDisplayNames(corridor);
  const properties = node.properties;
  const names = properties.names as Partial<Record<string, string>>;
  const [longitude, latitude] = node.geometry.coordinates;
  const connected = corridor.segmentsByNodeId.get(properties.id) ?? [];
  return (
    <article className="feature-details" aria-labelledby="feature-details-title" data-testid="node-details">
      <h3 id="feature-details-title">{displayNames.place(properties.id)}</h3>
      <p className="feature-details__meta">
        {wording.nodeKind(properties.kind)} · {wording.country(properties.country)} ·{' '}
        {formatPosition(wording, longitude ?? 0, latitude ?? 0)}
      </p>
      {properties.note ? <p>{properties.note}</p> : null}
      <StatusHistory facts={properties} corridor={corridor} />
      <LocalNames names={names} />
      <h4>{t('details.segmentsFromHere')}</h4>
      <ul>
        {connected.map((segment) => (
          <li key={segment.properties.id}>
            <button type="button" className="link-button" onClick={() => select(segment.properties.id)}>
              {displayNames.segment(segment.properties.id)}
            </button>
          </li>
        ))}
      </ul>
      <Provenance feature={properties} />
      <h4>{t('details.sources')}</h4>
      <SourceList ids={properties.sources} />
      <button type="button" onClick={() => select(undefined)}>
        {t('details.close')}
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
