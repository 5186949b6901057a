import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LANGUAGES, type Language } from '../domain/vocabulary/vocabulary';

/** The languages a map label may be drawn in besides English (which is every feature's `name`). */
const LABEL_LANGUAGES = LANGUAGES.filter((language) => language !== 'en');

/**
 * The style's global state (MapLibre `global-state`) that holds the interface language: the map
 * sets it (`setGlobalStateProperty`) and every name label follows, with no layer rewritten.
 */
export const LANGUAGE_STATE = 'language';

/** The style root's `state` declaring the language, English unless the map is told otherwise. */
export const LANGUAGE_STATE_DEFAULT = { [LANGUAGE_STATE]: { default: 'en' } };

/**
 * A feature's names in the interface languages as flat properties (`name_ru`, `name_fa`,
 * `name_hi`), which map expressions can read: from the data's `names` where it has them, else
 * from `fallback` (e.g. a country's name in the locale data of the browser), else none.
 */
export function localNameProperties(
  names: Readonly<Partial<Record<string, string>>> | undefined,
  fallback?: (language: Language) => string | undefined,
): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const language of LABEL_LANGUAGES) {
    const name = names?.[language] ?? fallback?.(language);
    if (name) properties[`name_${language}`] = name;
  }
  return properties;
}

/**
 * The text of a name label: the feature's name in the interface language where the data has one,
 * else its English name (issue 16 §5: the fallback is the name the data is sure of).
 */
export const NAME_FIELD: ExpressionSpecification = [
  'coalesce',
  ['get', ['concat', 'name_', ['global-state', LANGUAGE_STATE]]],
  ['get', 'name'],
];

/**
 * Letter spacing of spaced-out labels (countries, seas): spacing letters apart breaks the joined
 * letters of Persian and the clusters of Devanagari, so it applies only to Latin and Cyrillic.
 */
export function spacingForScript(spacing: number): ExpressionSpecification {
  return ['match', ['global-state', LANGUAGE_STATE], ['fa', 'hi'], 0, spacing];
}
