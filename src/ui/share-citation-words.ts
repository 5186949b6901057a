import { type CitationWords, ENGLISH_CITATION_WORDS } from '../domain/citation-formats';
import type { Wording } from '../i18n/wording';

/**
 * The readable citations' words (APA, Chicago) in the language shown (issue 16): the catalogue's
 * templates, so each language orders and punctuates a citation as its readers expect. Days: English
 * keeps the citation styles' own form ("December 3, 2026"; the network's day as `YYYY-MM-DD`), the
 * other languages write them as `formatDay` does (`useFormatDay`: in Persian the Solar Hijri date with
 * the Gregorian date beside it); the year in Persian is the Solar Hijri and the Gregorian year.
 */
export function citationWords(wording: Wording, formatDay: (day: string) => string): CitationWords {
  const { t } = wording;
  const language = wording.locale.split('-')[0] ?? 'en';
  const english = language === 'en';
  const networkDay = (day: string) => (english ? day : formatDay(day));
  const year = (day: string) => {
    const gregorian = wording.number(Number(day.slice(0, 4)), { useGrouping: false });
    if (english || !wording.locale.startsWith('fa')) return english ? day.slice(0, 4) : gregorian;
    const date = new Date(`${day}T00:00:00Z`);
    const solar = new Intl.DateTimeFormat(wording.locale, { year: 'numeric', timeZone: 'UTC' }).format(date);
    return `${solar}/${gregorian}`;
  };
  return {
    language,
    authors: t('cite.authors'),
    site: t('cite.site'),
    year,
    date: english ? ENGLISH_CITATION_WORDS.date : formatDay,
    versions: (input) =>
      input.networkDay
        ? t('cite.versionsOnDay', { app: input.appVersion, data: input.dataVersion, day: networkDay(input.networkDay) })
        : t('cite.versions', { app: input.appVersion, data: input.dataVersion }),
    apa: (parts) => t('cite.apa', { ...parts }),
    chicago: (parts) => t('cite.chicago', { ...parts }),
  };
}
