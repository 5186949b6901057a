import type { MessageId } from '../i18n/catalogues';
import type { Wording } from '../i18n/wording';
import { englishWording } from '../overlays/overlay-wording';

export { englishWording, wordingIn } from '../overlays/overlay-wording';

/** A message of the map's status or notices: its id and values, as the state keeps them (`NoticeWords`). */
export interface MapWords {
  id: MessageId;
  values?: Record<string, string | number>;
}

/**
 * A status or notice of the map as a code and its values (`words`, which the page says in the reader's
 * language) with its English text beside it (`message`, for logs and tests): `{ message, words }`.
 */
export function mapStatusWords(
  id: MessageId,
  values?: Record<string, string | number>,
): { message: string; words: MapWords } {
  return { message: englishWording().t(id, values), words: values ? { id, values } : { id } };
}

/** The step of the map's start in which something failed ("The map stopped while …"). */
export type MapStartStep = 'styleLoad' | 'firstView' | 'firstIdle';

/** Why MapLibre could not start, as a code: no WebGL, or another reason. */
export function startFailureWords(error: unknown): { message: string; words: MapWords } {
  const detail = error instanceof Error ? error.message : String(error);
  return /webgl/i.test(detail)
    ? mapStatusWords('map.noWebgl', { detail })
    : mapStatusWords('map.couldNotStart', { detail });
}

/**
 * MapLibre's own words (its `locale` keys) for the parts the map shows: the scale bars' units, the
 * controls' titles and the canvas's accessible name, in a language.
 */
export function mapUiLocale(wording: Wording): Record<string, string> {
  return {
    'ScaleControl.Kilometers': wording.t('mapUi.kilometres'),
    'ScaleControl.Meters': wording.t('mapUi.metres'),
    'ScaleControl.NauticalMiles': wording.t('mapUi.nauticalMiles'),
    'NavigationControl.ZoomIn': wording.t('mapUi.zoomIn'),
    'NavigationControl.ZoomOut': wording.t('mapUi.zoomOut'),
    'NavigationControl.ResetBearing': wording.t('mapUi.resetBearing'),
    'AttributionControl.ToggleAttribution': wording.t('mapUi.toggleAttribution'),
    'Map.Title': wording.t('mapUi.map'),
  };
}
