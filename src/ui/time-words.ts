import { useMemo } from 'react';
import type { AssumptionValues, SeasonalEffect } from '../domain/routing/routing-input';
import type { CargoKind } from '../domain/vocabulary/vocabulary';
import { useFormatDay, useWording } from '../i18n/use-t';
import type { Wording } from '../i18n/wording';

/** The words of the corridor over time (dates as precise as their source, periods, seasonal effects). */
export interface TimeWords {
  /**
   * A date as precise as its source gave it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). English keeps the
   * source's ISO form, which its readers (and the project's links and tests) know; the other
   * languages write it in words: a day as `formatDay` writes it (Persian: Solar Hijri with the
   * Gregorian date beside it), a month as the Gregorian month and year (a Gregorian month is not one
   * Solar Hijri month), a year as a number without grouping. Anything else is returned as it is.
   */
  date(value: string): string;
  /** `since – until`, or `since …` when the status lasts (`until` absent). */
  period(since: string, until: string | null | undefined): string;
  /** A restricted season's effect: "+2 (1–4) days per passage; no cost figure sourced". */
  seasonalEffect(effect: SeasonalEffect, cargo: CargoKind): string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;

/** The words of the corridor over time in one language (`useTimeWords` in components). */
export function createTimeWords(wording: Wording, formatDay: (day: string) => string): TimeWords {
  const { t } = wording;
  const english = wording.locale.split('-')[0] === 'en';
  const monthYear = new Intl.DateTimeFormat(`${wording.locale}-u-ca-gregory`, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const date = (value: string) => {
    if (english) return value;
    if (DAY.test(value)) return formatDay(value);
    const month = MONTH.exec(value);
    if (month) return monthYear.format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 15));
    if (YEAR.test(value)) return wording.number(Number(value), { useGrouping: false });
    return value;
  };
  /** A figure with its optimistic–pessimistic span when they differ: "2 (1–4)". */
  const span = (values: AssumptionValues, decimals: number) => {
    const format = (value: number) => wording.number(value, { maximumFractionDigits: decimals, useGrouping: false });
    return values.optimistic === values.pessimistic
      ? format(values.central)
      : t('v.figure.withRange', {
          central: format(values.central),
          low: format(values.optimistic),
          high: format(values.pessimistic),
        });
  };
  return {
    date,
    period: (since, until) =>
      until
        ? t('history.period', { since: date(since), until: date(until) })
        : t('history.since', { since: date(since) }),
    seasonalEffect: (effect, cargo) => {
      const parts: string[] = [];
      if (effect.days) parts.push(t('dayEffects.effectDays', { days: span(effect.days, 1) }));
      const usd = cargo === 'container' ? effect.usdPerTeu : effect.usdPerTonne;
      if (usd)
        parts.push(
          cargo === 'container'
            ? t('dayEffects.effectUsdPerTeu', { usd: span(usd, 0) })
            : t('dayEffects.effectUsdPerTonne', { usd: span(usd, 0) }),
        );
      else if (effect.usdPerTeu || effect.usdPerTonne)
        parts.push(
          t(cargo === 'container' ? 'dayEffects.effectConvertedPerTonne' : 'dayEffects.effectConvertedPerTeu'),
        );
      else parts.push(t('dayEffects.effectNoCost'));
      if (effect.draftMetres !== undefined)
        parts.push(t('dayEffects.effectDraught', { metres: wording.number(effect.draftMetres) }));
      return parts.join(t('dayEffects.separator'));
    },
  };
}

/** The words of the corridor over time in the language shown. */
export function useTimeWords(): TimeWords {
  const wording = useWording();
  const formatDay = useFormatDay();
  return useMemo(() => createTimeWords(wording, formatDay), [wording, formatDay]);
}
