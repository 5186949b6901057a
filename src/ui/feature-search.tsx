import { useId, useMemo, useState } from 'react';
import { listPhrase, plural } from '../domain/readable';
import { FEATURE_KIND_LABELS, type FeatureKind } from '../domain/search/feature-search';
import { buildSearchIndex, search } from '../domain/search/forgiving-search';
import { useDataIfLoaded, useExplorer, useExplorerStore, useLoadedData } from '../state/explorer-context';
import { requestData } from '../state/load-data';
import { selectFeatureSearchables } from '../state/select-names';
import './search-box.css';

/**
 * "Find": a segment or an energy asset by any part of its name, the names of its ends in any
 * language (with typos and transliteration, `forgiving-search.ts`), its mode, branch or commodity.
 * Choosing one selects it (the store's `select`: its details open and the map shows it). The ARIA
 * combobox pattern: arrow keys, Enter, Escape; a hint line says what can be searched.
 */
export function FeatureSearch() {
  const corridor = useLoadedData('corridor');
  // Energy assets are searchable once their data is in; focusing the box asks for it.
  const energy = useDataIfLoaded('energy');
  const store = useExplorerStore();
  const select = useExplorer((state) => state.select);
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const entries = useMemo(() => selectFeatureSearchables(corridor, energy), [corridor, energy]);
  const index = useMemo(() => buildSearchIndex(entries), [entries]);
  const hits = useMemo(() => (query.trim() ? search(index, query, 30) : []), [index, query]);
  const counts = (Object.keys(FEATURE_KIND_LABELS) as FeatureKind[]).flatMap((kind) => {
    const amount = entries.filter((entry) => entry.kind === kind).length;
    return amount > 0 ? [plural(amount, FEATURE_KIND_LABELS[kind].toLowerCase())] : [];
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
      <label htmlFor={`${id}-input`}>Find a segment or energy asset</label>
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
        placeholder="e.g. Rasht Astara, Решт, gas swap"
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
      <div
        id={listId}
        role="listbox"
        aria-label="Segments and energy assets found"
        className="place-picker__list"
        hidden={!shown}
      >
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
            {entry.name} <span className="hint">{FEATURE_KIND_LABELS[entry.kind]}</span>
          </div>
        ))}
      </div>
      <p
        id={hintId}
        className="hint place-picker__hint"
        role={query.trim() && hits.length === 0 ? 'status' : undefined}
      >
        {query.trim() && hits.length === 0
          ? `Nothing matches “${query.trim()}”. Try a place at either end, another spelling, or a mode (rail, road, sea).`
          : `Search ${listPhrase(counts)} by name, by the places at either end (any language or script), by mode, branch or commodity.`}
      </p>
    </div>
  );
}
