import { type ReactNode, useCallback } from 'react';
import { type PrimitiveType, useIntl } from 'react-intl';
import type { MessageId } from './catalogues';

/** Values a message's placeholders take. */
export type MessageValues = Record<string, PrimitiveType>;

/**
 * The interface's words: `t('tabs.overview')`, `t('notices.count', { count })`. Every string a
 * reader sees comes from the catalogues through this (or `<Message>` when values are elements).
 */
export function useT(): (id: MessageId, values?: MessageValues) => string {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values), [intl]);
}

/**
 * A message whose placeholders take elements as well as text (a linked title, a marked-up figure):
 * `<Message id="footer.credits" values={{ version: <span>…</span> }} />`.
 */
export function Message({ id, values }: { id: MessageId; values?: Record<string, ReactNode> }): ReactNode {
  const intl = useIntl();
  return <>{intl.formatMessage({ id }, values)}</>;
}

/**
 * A calendar day (`YYYY-MM-DD`) as the language writes it: "1 December 2026", "1 декабря 2026 г.",
 * "1 दिसंबर 2026"; in Persian the Solar Hijri date in Persian digits with the Gregorian date
 * beside it ("۱۰ آذر ۱۴۰۵ (۱ دسامبر ۲۰۲۶)"), as Iranian readers and international sources meet.
 */
export function useFormatDay(): (day: string) => string {
  const intl = useIntl();
  return useCallback(
    (day: string) => {
      const date = new Date(`${day}T00:00:00Z`);
      const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
      const local = intl.formatDate(date, options);
      if (!intl.locale.startsWith('fa')) return local;
      const gregorian = new Intl.DateTimeFormat(`${intl.locale}-u-ca-gregory`, options).format(date);
      return `${local} (${gregorian})`;
    },
    [intl],
  );
}
