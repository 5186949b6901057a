import type { FigureWords } from '../domain/figure/figure-text';
import { formatDay } from './format-day';
import type { Wording } from './wording';

/**
 * The exported figure's words (title, caption, legs, PNG, PDF, print) in the language of a
 * `Wording`: the catalogue's counterpart of the domain's `ENGLISH_FIGURE_WORDS` (issue 16).
 */

/** Whether a language is written right to left (Persian). */
export function isRightToLeft(wording: Pick<Wording, 'locale'>): boolean {
  return wording.locale.startsWith('fa');
}

/**
 * A day on a figure: in English as the ISO day (`2026-12-01`), as the figures and their citations
 * have always written it; in the other languages as the language writes a date (Persian: Solar
 * Hijri with the Gregorian date beside it).
 */
export function figureDay(wording: Pick<Wording, 'locale'>, day: string): string {
  return wording.locale.startsWith('en') ? day : formatDay(wording.locale, day);
}

/** The figure's words in the language of `wording`. */
export function createFigureWords(wording: Wording): FigureWords {
  const { t } = wording;
  const range = (central: number, low: number, high: number, finest?: number) =>
    wording.range(central, low, high, finest);
  return {
    routeTitle: ({ from, to, vias, criterion }) => {
      const values = { from, to, criterion: wording.criterionPhrase(criterion) };
      return vias.length > 0
        ? t('v.route.titleVia', { ...values, vias: wording.list(vias) })
        : t('v.route.title', values);
    },
    segmentTitle: (segment) => t('figure.title.segment', { segment }),
    comparisonTitle: (segments) => t('figure.title.comparison', { segments: wording.list(segments) }),
    corridorTitle: () => t('figure.title.corridor'),
    headline: ({ from, to, criterion, cargo, totals, legs }) =>
      t('figure.headline', {
        from,
        to,
        criterion: wording.criterionPhrase(criterion),
        days: range(totals.days, totals.daysLow, totals.daysHigh, 0.1),
        usd: range(totals.usd, totals.usdLow, totals.usdHigh),
        co2: range(totals.co2Kg, totals.co2KgLow, totals.co2KgHigh),
        unit: wording.cargoUnit(cargo),
        km: wording.number(totals.km, { maximumFractionDigits: 0 }),
        legs,
      }),
    method: ({ dataVersion, date, dateBasis }) => {
      const day =
        dateBasis === 'as-of'
          ? t('figure.day.asOf', { day: figureDay(wording, date) })
          : dateBasis === 'year'
            ? t('figure.day.yearEnd', { year: wording.number(Number(date.slice(0, 4)), { useGrouping: false }) })
            : t('figure.day.on', { day: figureDay(wording, date) });
      return t('figure.method', { dataVersion, day });
    },
    viewFacts: ({ dataVersion, networkDay }) =>
      t('figure.viewFacts', { dataVersion, day: figureDay(wording, networkDay) }),
    leg: (from, to) => `${from} – ${to}`,
    mode: (mode) => wording.mode(mode),
    whole: (value) => wording.number(value, { maximumFractionDigits: 0 }),
    tenth: (value) => wording.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  };
}

/** The figure's attribution line (basemap, city positions, renderer) in the language of `wording`. */
export function figureAttribution(wording: Wording): string {
  return wording.t('figure.attribution');
}
