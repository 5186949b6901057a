import { NAME_LANGUAGE_LABELS } from '../domain/vocabulary/vocabulary-labels';
import { useWording } from '../i18n/use-t';
import type { Wording } from '../i18n/wording';

/**
 * A place's names by language, in the catalogue's language order, each marked with its language
 * (named in the language shown) and writing direction. `omit` leaves out languages shown elsewhere
 * (e.g. the title's).
 */
export function LocalNames({
  names,
  omit = [],
}: {
  names: Readonly<Partial<Record<string, string>>>;
  omit?: readonly string[];
}) {
  const wording = useWording();
  const languages = Object.entries(NAME_LANGUAGE_LABELS).filter(
    ([code]) => !omit.includes(code) && names[code] !== undefined,
  );
  return (
    <dl className="place-details__names">
      {languages.map(([code, { direction }]) => (
        <div key={code}>
          <dt>{wording.languageName(code)}</dt>
          <dd lang={code} dir={direction ?? 'ltr'}>
            {names[code]}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A position as `41.1234° N, 49.5678° E` in the language shown, with the hemispheres the signs call for. */
export function formatPosition(wording: Wording, longitude: number, latitude: number): string {
  const degrees = (value: number) =>
    wording.number(Math.abs(value), { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  return wording.t('v.position', {
    latitude: degrees(latitude),
    northOrSouth: latitude < 0 ? 'south' : 'north',
    longitude: degrees(longitude),
    eastOrWest: longitude < 0 ? 'west' : 'east',
  });
}
