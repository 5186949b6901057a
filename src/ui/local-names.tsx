import { NAME_LANGUAGE_LABELS } from '../domain/vocabulary/vocabulary-labels';

/**
 * A place's names by language, in the catalogue's language order, each marked with its language
 * and writing direction. `omit` leaves out languages shown elsewhere (e.g. the English title).
 */
export function LocalNames({
  names,
  omit = [],
}: {
  names: Readonly<Partial<Record<string, string>>>;
  omit?: readonly string[];
}) {
  const languages = Object.entries(NAME_LANGUAGE_LABELS).filter(
    ([code]) => !omit.includes(code) && names[code] !== undefined,
  );
  return (
    <dl className="place-details__names">
      {languages.map(([code, { label, direction }]) => (
        <div key={code}>
          <dt>{label}</dt>
          <dd lang={code} dir={direction ?? 'ltr'}>
            {names[code]}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A position as `41.1234° N, 49.5678° E`, with the hemisphere letters the signs call for. */
export function formatPosition(longitude: number, latitude: number): string {
  const latitudeText = `${Math.abs(latitude).toFixed(4)}° ${latitude < 0 ? 'S' : 'N'}`;
  const longitudeText = `${Math.abs(longitude).toFixed(4)}° ${longitude < 0 ? 'W' : 'E'}`;
  return `${latitudeText}, ${longitudeText}`;
}
