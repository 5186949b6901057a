import { useId, useMemo, useState } from 'react';
import { buildSearchIndex, search } from '../domain/search/forgiving-search';
import { placeSearchable } from '../domain/search/place-search';
import { useT, useWording } from '../i18n/use-t';
import type { Wording } from '../i18n/wording';
import './search-box.css';

/** A place the picker offers: its id, name (in the language shown) and local names (any script). */
export interface PickablePlace {
  id: string;
  name: string;
  names: Partial<Record<string, string>>;
  /** ISO 3166-1 alpha-2 code (shown as the country's name), or a short description. */
  country: string;
  /** The node kind (`seaport`, `rail-hub` …), shown with the country. */
  kind?: string | undefined;
  /** Old ids of the place (the alias table), found too. */
  oldIds?: readonly string[] | undefined;
}

/** What the option shows after the name: "Seaport, Iran", or the country (or description) alone. */
function optionNote(place: PickablePlace, wording: Wording): string {
  const country = wording.country(place.country);
  return place.kind ? wording.t('route.picker.note', { kind: wording.nodeKind(place.kind), country }) : country;
}

interface PlacePickerProps {
  label: string;
  places: readonly PickablePlace[];
  value: string | undefined;
  onChange: (placeId: string | undefined) => void;
}

/**
 * A searchable place picker (the ARIA combobox pattern) that forgives (`forgiving-search.ts`): type
 * any part of a name in any language the data has (English, Russian, Persian, Azerbaijani, Kazakh,
 * Turkmen, Hindi), in Latin letters for a Cyrillic or Persian name or the reverse, a former or other
 * name ("Bombay"), without diacritics or with a typo; move with the arrow keys, choose with Enter,
 * close with Escape. A hint line says what can be searched, and an empty result says so.
 */
export function PlacePicker({ label, places, value, onChange }: PlacePickerProps) {
  const t = useT();
  const wording = useWording();
  const id = useId();
  const listId = `${id}-list`;
  const selected = places.find((place) => place.id === value);
  const [query, setQuery] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = query ?? selected?.name ?? '';
  const index = useMemo(
    () =>
      buildSearchIndex(
        places.map((place) => ({
          ...placeSearchable({ ...place, kind: place.kind ?? '' }, place.oldIds ?? []),
          place,
        })),
      ),
    [places],
  );
  const hits = useMemo(() => search(index, query ?? '', 50), [index, query]);
  const options = hits.map((hit) => hit.entry.place);
  const hintId = `${id}-hint`;
  const nothingFound = open && (query ?? '').trim().length > 0 && options.length === 0;

  const choose = (place: PickablePlace | undefined) => {
    onChange(place?.id);
    setQuery(undefined);
    setOpen(false);
  };

  return (
    <div className="place-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={hintId}
        aria-activedescendant={open && options[active] ? `${id}-option-${options[active].id}` : undefined}
        value={text}
        placeholder={t('route.picker.placeholder')}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setQuery(undefined);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((index) => Math.min(index + 1, options.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter') {
            if (open && options[active]) {
              event.preventDefault();
              choose(options[active]);
            }
          } else if (event.key === 'Escape') {
            setOpen(false);
            setQuery(undefined);
          }
        }}
      />
      {value ? (
        <button
          type="button"
          className="place-picker__clear"
          aria-label={t('route.picker.clear', { label })}
          onClick={() => choose(undefined)}
        >
          ×
        </button>
      ) : null}
      <div
        id={listId}
        role="listbox"
        aria-label={label}
        className="place-picker__list"
        hidden={!open || options.length === 0}
      >
        {hits.map(({ entry: { place }, matchedName }, index) => (
          <div
            key={place.id}
            tabIndex={-1}
            id={`${id}-option-${place.id}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'place-picker__option--active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(place);
            }}
          >
            {place.name}
            {matchedName ? <span className="hint">{t('route.picker.also', { name: matchedName })}</span> : null}{' '}
            <span className="hint">{optionNote(place, wording)}</span>
            {place.names.fa && place.names.fa !== place.name ? (
              <span lang="fa" dir="rtl" className="place-picker__local">
                {' '}
                {place.names.fa}
              </span>
            ) : null}
            {place.names.ru && place.names.ru !== place.name ? (
              <span lang="ru" className="place-picker__local">
                {' '}
                {place.names.ru}
              </span>
            ) : null}
          </div>
        ))}
      </div>
      <p id={hintId} className="hint place-picker__hint" role={nothingFound ? 'status' : undefined}>
        {nothingFound
          ? t('route.picker.nothing', { query: query?.trim() ?? '' })
          : t('route.picker.hint', { count: places.length })}
      </p>
    </div>
  );
}
