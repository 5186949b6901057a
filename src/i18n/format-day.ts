/**
 * A calendar day (`YYYY-MM-DD`) as a language writes it, outside React (the exported figure, the
 * PDF): "1 December 2026", "1 декабря 2026 г.", "1 दिसंबर 2026"; in Persian the Solar Hijri date
 * in Persian digits with the Gregorian date beside it ("۱۰ آذر ۱۴۰۵ (۱ دسامبر ۲۰۲۶)"), as
 * Iranian readers and international sources meet. The same as `useFormatDay` in components.
 * A text that is not a day is returned as it is.
 */
export function formatDay(locale: string, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
  const local = new Intl.DateTimeFormat(locale, options).format(date);
  if (!locale.startsWith('fa')) return local;
  const gregorian = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, options).format(date);
  return `${local} (${gregorian})`;
}
