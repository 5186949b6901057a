import { useId, useMemo, useState } from 'react';
import type { FeatureKind } from '../domain/search/feature-search';
import { buildSearchIndex, search } from '../domain/search/forgiving-search';
import type { MessageId } from '../i18n/catalogues';
import { useDisplayNames, useT, useWording } from '../i18n/use-t';
import { useDataIfLoaded, useExplorer, useExplorerStore, useLoadedData } from '../state/explorer-context';
import { requestData } from '../state/load-data';
import { selectFeatureSearchables } from '../state/select-names';
import { commodityName, energyKind } from './details-wording';
import './search-box.css';

/** What a hit is, beside its name. */
const KIND: Record<FeatureKind, MessageId> = {
  segment: 'find.kind.segment',
  pipeline: 'find.kind.pipeline',
  lng: 'find.kind.lng',
  swap: 'find.kind.swap',
};

/** How many of each kind the box searches: "95 segments". */
const COUNT: Record<FeatureKind, MessageId> = {
  segment: 'find.count.segment',
  pipeline: 'find.count.pipeline',
  lng: 'find.count.lng',
  swap: 'find.count.swap',
};

/**
 * "Find": a segment or an energy asset by any part of its name, the names of its ends in any
 * language (with typos and transliteration, `forgiving-search.ts`), its mode, branch or commodity.
 * Choosing one selects it (the store's `select`: its details open and the map shows it). The ARIA
 * combobox pattern: arrow keys, Enter, Escape; a hint line says what can be searched.
 */
export function FeatureSearch() {
  const t = useT();
  const wording = useWording();
  const corridor = useLoadedData('corridor');
  // Energy assets are searchable once their data is in; focusing the box asks for it.
  const energy = useDataIfLoaded('energy');
  const names = useDisplayNames(corridor, energy);
  const store = useExplorerStore();
  const select = useExplorer((state) => state.select);
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Each entry is named in the language shown, and also found by its mode and branch, or commodity and kind, in the language shown.
  const entries = useMemo(
    () =>
      selectFeatureSearchables(corridor, energy).map((entry) => {
        const segment = corridor.segmentById.get(entry.id)?.properties;
        const commodity =
          energy?.pipelineById.get(entry.id)?.properties.commodity ??
          (energy?.lngById.has(entry.id) ? 'gas' : energy?.swapById.get(entry.id)?.commodity);
        const words = segment
          ? `${wording.mode(segment.mode)} ${wording.branchShort(segment.branch)}`
          : `${commodity ? commodityName(wording, commodity) : ''} ${energyKind(wording, entry.kind)}`;
        // The name shown is the one in the language shown; the data's own name still finds it.
        const name = names.feature(entry.id);
        const others = name === entry.name ? entry.alsoKnownAs : [entry.name, ...entry.alsoKnownAs];
        return { ...entry, name, alsoKnownAs: [...others, words] };
      }),
    [corridor, energy, wording, names],
  );
  const index = useMemo(() => buildSearchIndex(entries), [entries]);
  const hits = useMemo(() => (query.trim() ? search(index, query, 30) : []), [index, query]);
  const counts = (Object.keys(KIND) as FeatureKind[]).flatMap((kind) => {
    const amount = entries.filter((entry) => entry.kind === kind).length;
    return amount > 0 ? [t(COUNT[kind], { count: amount })] : [];
  });
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const shown = open && hits.length > 0;
  const choose = (featureId: string | undefined) => {
    if (featureId) select(featureId);
    setQuery('');
    setOpen(false);
    setActive(0);
  };
  return (
    <div className="place-picker feature-search">
      <label htmlFor={`${id}-input`}>{t('find.label')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={hintId}
        aria-activedescendant={shown && hits[active] ? `${id}-option-${hits[active].entry.id}` : undefined}
        value={query}
        placeholder={t('find.placeholder')}
        onFocus={() => {
          setOpen(true);
          requestData(store, 'energy').catch(() => undefined);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((position) => Math.min(position + 1, hits.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((position) => Math.max(position - 1, 0));
          } else if (event.key === 'Enter') {
            if (shown && hits[active]) {
              event.preventDefault();
              choose(hits[active].entry.id);
            }
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <div id={listId} role="listbox" aria-label={t('find.results')} className="place-picker__list" hidden={!shown}>
        {hits.map(({ entry }, position) => (
          <div
            key={entry.id}
            tabIndex={-1}
            id={`${id}-option-${entry.id}`}
            role="option"
            aria-selected={position === active}
            className={position === active ? 'place-picker__option--active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(entry.id);
            }}
          >
            {entry.name} <span className="hint">{t(KIND[entry.kind])}</span>
          </div>
        ))}
      </div>
      <p
        id={hintId}
        className="hint place-picker__hint"
        role={query.trim() && hits.length === 0 ? 'status' : undefined}
      >
        {query.trim() && hits.length === 0
          ? t('find.none', { query: query.trim() })
          : t('find.hint', { counts: wording.list(counts) })}
      </p>
    </div>
  );
}
