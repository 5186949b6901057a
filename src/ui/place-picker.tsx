import { useId, useMemo, useState } from 'react';

/** A place the picker offers: its id, English name and local names (any script). */
export interface PickablePlace {
  id: string;
  name: string;
  names: Partial<Record<string, string>>;
  country: string;
}

/** Lower case without diacritics, so "Turkmenbasy" finds "Türkmenbaşy" and "baku" finds "Bakı". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
}

function matches(place: PickablePlace, query: string): boolean {
  if (!query) return true;
  const folded = fold(query);
  return [place.id, place.name, ...Object.values(place.names)].some(
    (text) => text !== undefined && fold(text).includes(folded),
  );
}

interface PlacePickerProps {
  label: string;
  places: readonly PickablePlace[];
  value: string | undefined;
  onChange: (placeId: string | undefined) => void;
}

/**
 * A searchable place picker (the ARIA combobox pattern): type any part of a name in any language
 * (English, Russian, Persian, Azerbaijani, Kazakh, Turkmen, Hindi), move with the arrow keys, choose
 * with Enter, close with Escape.
 */
export function PlacePicker({ label, places, value, onChange }: PlacePickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const selected = places.find((place) => place.id === value);
  const [query, setQuery] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = query ?? selected?.name ?? '';
  const options = useMemo(() => places.filter((place) => matches(place, query ?? '')).slice(0, 50), [places, query]);

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
        aria-activedescendant={open && options[active] ? `${id}-option-${options[active].id}` : undefined}
        value={text}
        placeholder="Type a place name"
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
          aria-label={`Clear ${label}`}
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
        {options.map((place, index) => (
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
            {place.name} <span className="hint">{place.country}</span>
            {place.names.fa ? (
              <span lang="fa" dir="rtl" className="place-picker__local">
                {' '}
                {place.names.fa}
              </span>
            ) : null}
            {place.names.ru ? (
              <span lang="ru" className="place-picker__local">
                {' '}
                {place.names.ru}
              </span>
            ) : null}
          </div>
        ))}
      </div>
    </div>
  );
}
