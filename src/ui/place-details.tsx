import { useExplorer, useLoadedData } from '../state/explorer-context';
import { formatPosition, LocalNames } from './local-names';

/**
 * The selected city's names in English and in the local languages, in their own scripts (Persian
 * and Hindi with bundled fonts, since the map itself cannot shape those scripts).
 */
export function PlaceDetails() {
  const selectedPlaceId = useExplorer((state) => state.selectedPlaceId);
  const selectPlace = useExplorer((state) => state.selectPlace);
  const basemap = useLoadedData('basemap');
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
        {country} · {formatPosition(longitude ?? 0, latitude ?? 0)}
      </p>
      <LocalNames names={names} omit={['en']} />
      <button type="button" onClick={() => selectPlace(undefined)}>
        Close
      </button>
    </article>
  );
}
