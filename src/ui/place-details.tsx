import { useT, useWording } from '../i18n/use-t';
import { useExplorer, useLoadedData } from '../state/explorer-context';
import { formatPosition, LocalNames } from './local-names';

/**
 * The selected city's names in the language shown and in the local languages, in their own scripts
 * (Persian and Hindi with bundled fonts).
 */
export function PlaceDetails() {
  const selectedPlaceId = useExplorer((state) => state.selectedPlaceId);
  const selectPlace = useExplorer((state) => state.selectPlace);
  const basemap = useLoadedData('basemap');
  const t = useT();
  const wording = useWording();
  if (!selectedPlaceId) {
    return <p className="hint">{t('placeDetails.hint')}</p>;
  }
  const place = basemap.places.features.find((feature) => feature.properties.id === selectedPlaceId);
  if (!place) return null;
  const { name, names, country, capital } = place.properties;
  const [longitude, latitude] = place.geometry.coordinates;
  const language = wording.locale.split('-')[0] ?? 'en';
  const title = (names as Partial<Record<string, string>>)[language] ?? name;
  return (
    <article className="place-details" aria-labelledby="place-details-title">
      <h3 id="place-details-title">{title}</h3>
      <p className="place-details__meta">
        {[
          ...(capital ? [t('placeDetails.capital')] : []),
          wording.country(country),
          formatPosition(wording, longitude ?? 0, latitude ?? 0),
        ].join(' · ')}
      </p>
      <LocalNames names={{ en: name, ...names }} omit={[language]} />
      <button type="button" onClick={() => selectPlace(undefined)}>
        {t('placeDetails.close')}
      </button>
    </article>
  );
}
