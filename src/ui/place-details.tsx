import { use } from 'react';
import { getBasemap } from '../data/basemap-resource';
import { useExplorer } from '../state/explorer-context';

/** Languages whose names the panel shows, with their labels, scripts and direction. */
const LANGUAGES: Array<{ code: string; label: string; direction?: 'rtl' }> = [
  { code: 'ru', label: 'Russian' },
  { code: 'fa', label: 'Persian', direction: 'rtl' },
  { code: 'az', label: 'Azerbaijani' },
  { code: 'kk', label: 'Kazakh' },
  { code: 'tk', label: 'Turkmen' },
  { code: 'hi', label: 'Hindi' },
  { code: 'ar', label: 'Arabic', direction: 'rtl' },
  { code: 'ur', label: 'Urdu', direction: 'rtl' },
  { code: 'tr', label: 'Turkish' },
  { code: 'uk', label: 'Ukrainian' },
  { code: 'ka', label: 'Georgian' },
  { code: 'hy', label: 'Armenian' },
];

/**
 * The selected city's names in English and in the local languages, in their own scripts (Persian
 * and Hindi with bundled fonts, since the map itself cannot shape those scripts).
 */
export function PlaceDetails() {
  const selectedPlaceId = useExplorer((state) => state.selectedPlaceId);
  const selectPlace = useExplorer((state) => state.selectPlace);
  const basemap = use(getBasemap());
  if (!selectedPlaceId) {
    return <p className="hint">Click a city on the map to see its names in the local languages.</p>;
  }
  const place = basemap.places.features.find((feature) => feature.properties.id === selectedPlaceId);
  if (!place) return null;
  const { name, names, country, capital } = place.properties;
  const [longitude, latitude] = place.geometry.coordinates;
  return (
    <article className="place-details" aria-labelledby="place-details-title">
      <h3 id="place-details-title">{name}</h3>
      <p className="place-details__meta">
        {capital ? 'Capital · ' : ''}
        {country} · {latitude?.toFixed(4)}° N, {longitude?.toFixed(4)}° E
      </p>
      <dl className="place-details__names">
        {LANGUAGES.filter((language) => names[language.code]).map((language) => (
          <div key={language.code}>
            <dt>{language.label}</dt>
            <dd lang={language.code} dir={language.direction ?? 'ltr'}>
              {names[language.code]}
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => selectPlace(undefined)}>
        Close
      </button>
    </article>
  );
}
