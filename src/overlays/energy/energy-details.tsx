import { humaniseId } from '../../domain/readable';
import { useT, useWording } from '../../i18n/use-t';
import type { Wording } from '../../i18n/wording';
import { useDataIfLoaded, useExplorer } from '../../state/explorer-context';
import type { EnergyData } from '../../state/explorer-data';
import {
  capacityBasisText,
  commaList,
  localDigits,
  milestoneName,
  periodText,
  pipelineKind,
  semicolonList,
  swapKind,
  volumeBasis,
} from '../../ui/details-wording';
import { useTimeWords } from '../../ui/time-words';

/** A published figure as the source gives it, to two decimals, with its upper bound where it gives a range. */
function figure(wording: Wording, value: number, valueMax: number | undefined): string {
  const format = (amount: number) => wording.number(amount, { maximumFractionDigits: 2 });
  return valueMax ? `${format(value)}–${format(valueMax)}` : format(value);
}

/** Source ids as short linked references (publisher and year, the title on hover), never as slugs. */
function Refs({ ids, energy }: { ids: readonly string[]; energy: EnergyData }) {
  const t = useT();
  const wording = useWording();
  return (
    <>
      {ids.map((id, index) => {
        const source = energy.sourceById.get(id);
        return (
          <span key={id}>
            {index > 0 ? t('details.separator.semicolon') : ''}
            {source ? (
              <a href={source.url ?? undefined} target="_blank" rel="noopener noreferrer" title={source.title}>
                {source.publisher}
                {source.datePublished ? ` ${localDigits(wording, source.datePublished.slice(0, 4))}` : ''}
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
  const t = useT();
  const time = useTimeWords();
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
                {source.datePublished
                  ? t('details.sources.publisherDate', {
                      publisher: source.publisher,
                      date: time.date(source.datePublished),
                    })
                  : source.publisher}
              </>
            ) : (
              t('details.sources.notInBibliography', { source: humaniseId(id) })
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
  const t = useT();
  const wording = useWording();
  const time = useTimeWords();
  if (entries.length === 0) return <span className="hint">{t('energyDetails.noHistory')}</span>;
  return (
    <ul className="history">
      {entries.map((entry) => (
        <li key={`${entry.status}-${entry.since}`}>
          {t('energyDetails.labelled', { label: time.date(entry.since), value: wording.status(entry.status) })}
          {entry.note ? ` — ${entry.note}` : ''} (<Refs ids={entry.sources} energy={energy} />)
        </li>
      ))}
    </ul>
  );
}

/**
 * Published capacities, each as published (value, unit and basis as the source gives them, the
 * unit's international abbreviation kept) with its attribution; never mixed with a computed figure.
 */
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
  const t = useT();
  const wording = useWording();
  if (entries.length === 0) return <span className="hint">{t('energyDetails.noFigure')}</span>;
  return (
    <ul>
      {entries.map((entry) => (
        <li key={`${entry.value}-${entry.unit}-${entry.basis}-${entry.year}`}>
          {figure(wording, entry.value, entry.valueMax)} {entry.unit} {capacityBasisText(wording, entry)}
          {entry.note ? ` — ${entry.note}` : ''} (
          <Refs ids={entry.sources} energy={energy} />)
        </li>
      ))}
    </ul>
  );
}

/** Every attribute of a selected pipeline, LNG project or swap, with its sources; nothing otherwise. */
export function EnergyDetails({ featureId }: { featureId: string }) {
  const t = useT();
  const wording = useWording();
  const time = useTimeWords();
  // The energy data comes in when an energy feature is selected; a corridor selection does not ask for it.
  const energy = useDataIfLoaded('energy');
  const select = useExplorer((state) => state.select);
  if (!energy) return null;
  const close = (
    <button type="button" onClick={() => select(undefined)}>
      {t('details.close')}
    </button>
  );
  const parties = (list: readonly string[]) => commaList(wording, list) || '—';
  const pipeline = energy.pipelineById.get(featureId);
  if (pipeline) {
    const properties = pipeline.properties;
    return (
      <article className="feature-details" data-testid="energy-details" aria-labelledby="energy-details-title">
        <h3 id="energy-details-title">{properties.name}</h3>
        <p className="feature-details__meta">
          {pipelineKind(wording, properties.commodity, properties.flowKind)} · {wording.status(properties.status)} ·{' '}
          {wording.countries(properties.countries)}
        </p>
        {properties.flowKind === 'concept' ? (
          <p className="gap-explainer" role="note">
            {t('energyDetails.conceptNote')}
          </p>
        ) : null}
        {properties.flowKind === 'planned-flow' ? (
          <p className="gap-explainer" role="note">
            {t('energyDetails.plannedFlowNote')}
          </p>
        ) : null}
        <dl className="facts">
          <dt>{t('energyDetails.statusHistory')}</dt>
          <dd>
            <History entries={properties.statusHistory} energy={energy} />
          </dd>
          <dt>{t('energyDetails.capacity')}</dt>
          <dd>
            <Capacities entries={properties.capacity} energy={energy} />
          </dd>
          <dt>{t('energyDetails.length')}</dt>
          <dd>
            {properties.publishedLengths.length
              ? semicolonList(
                  wording,
                  properties.publishedLengths.map(
                    (length) =>
                      `${wording.unit('km', wording.number(length.km, { maximumFractionDigits: 2 }))}${
                        length.preferred ? ` ${t('details.preferred')}` : ''
                      }`,
                  ),
                )
              : t('energyDetails.noLength')}
          </dd>
          <dt>{t('energyDetails.parties')}</dt>
          <dd>{parties(properties.parties)}</dd>
          {properties.diameterInches ? (
            <>
              <dt>{t('energyDetails.diameter')}</dt>
              <dd>{t('energyDetails.inches', { inches: properties.diameterInches })}</dd>
            </>
          ) : null}
          {properties.dates ? (
            <>
              <dt>{t('energyDetails.dates')}</dt>
              <dd>
                {semicolonList(
                  wording,
                  Object.entries(properties.dates).map(([what, when]) =>
                    t('energyDetails.labelled', {
                      label: milestoneName(wording, what) === what ? humaniseId(what) : milestoneName(wording, what),
                      value: time.date(when),
                    }),
                  ),
                )}
              </dd>
            </>
          ) : null}
        </dl>
        {properties.note ? <p>{properties.note}</p> : null}
        <p className="provenance">
          {t('energyDetails.provenance', {
            precision: wording.precision(properties.precision),
            facts: properties.verified ? t('details.factsConfirmed') : t('energyDetails.factsNotConfirmed'),
            date: time.date(properties.asOf),
          })}
        </p>
        <h4>{t('details.sources')}</h4>
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
          {t('energyDetails.lngProject')} · {wording.status(properties.status)} · {wording.country(properties.country)}
        </p>
        <dl className="facts">
          <dt>{t('energyDetails.statusHistory')}</dt>
          <dd>
            <History entries={properties.statusHistory} energy={energy} />
          </dd>
          <dt>{t('energyDetails.capacity')}</dt>
          <dd>
            <Capacities entries={properties.capacity} energy={energy} />
          </dd>
          <dt>{t('energyDetails.parties')}</dt>
          <dd>{parties(properties.parties)}</dd>
        </dl>
        {properties.note ? <p>{properties.note}</p> : null}
        <h4>{t('details.sources')}</h4>
        <Sources ids={properties.sources} energy={energy} />
        {close}
      </article>
    );
  }
  const swap = energy.swapById.get(featureId);
  if (swap) {
    const where = {
      entry: swap.entry.name,
      entryCountry: wording.country(swap.entry.country),
      exit: swap.exit.name,
      exitCountry: wording.country(swap.exit.country),
    };
    return (
      <article className="feature-details" data-testid="energy-details" aria-labelledby="energy-details-title">
        <h3 id="energy-details-title">{swap.name}</h3>
        <p className="feature-details__meta">
          {swapKind(wording, swap.commodity)} · {wording.status(swap.status)}
        </p>
        <p className="gap-explainer" role="note">
          {swap.commodity === 'oil' ? t('energyDetails.swapNote.oil', where) : t('energyDetails.swapNote.gas', where)}
        </p>
        <dl className="facts">
          <dt>{t('energyDetails.entryExit')}</dt>
          <dd>
            {swap.entry.name} → {swap.exit.name}
          </dd>
          <dt>{t('energyDetails.pipelinesUsed')}</dt>
          <dd>
            {swap.pipelines.map((id, index) => (
              <span key={id}>
                {index > 0 ? t('details.separator.comma') : ''}
                <button type="button" className="link-button" onClick={() => select(id)}>
                  {energy.pipelineById.get(id)?.properties.name ?? humaniseId(id)}
                </button>
              </span>
            ))}
          </dd>
          <dt>{t('energyDetails.volumes')}</dt>
          <dd>
            {swap.volumes.length ? (
              <ul>
                {swap.volumes.map((volume) => (
                  <li key={`${volume.value}-${volume.unit}-${volume.basis}-${volume.period}`}>
                    {figure(wording, volume.value, volume.valueMax)} {volume.unit}{' '}
                    {volume.period
                      ? t('energyDetails.basisPeriod', {
                          basis: volumeBasis(wording, volume.basis),
                          period: periodText(wording, volume.period),
                        })
                      : t('details.capacityBasis', { basis: volumeBasis(wording, volume.basis) })}
                    {volume.note ? ` — ${volume.note}` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              t('energyDetails.noVolume')
            )}
          </dd>
          <dt>{t('energyDetails.statusHistory')}</dt>
          <dd>
            <History entries={swap.statusHistory} energy={energy} />
          </dd>
          <dt>{t('energyDetails.parties')}</dt>
          <dd>{parties(swap.parties)}</dd>
        </dl>
        {swap.note ? <p>{swap.note}</p> : null}
        <h4>{t('details.sources')}</h4>
        <Sources ids={swap.sources} energy={energy} />
        {close}
      </article>
    );
  }
  return null;
}
