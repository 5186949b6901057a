import { Children, type ReactNode, useCallback, useMemo } from 'react';
import { type PrimitiveType, useIntl } from 'react-intl';
import type { DisplayNames } from '../domain/readable';
import { selectDisplayNames } from '../state/select-names';
import type { MessageId } from './catalogues';
import { formatDay } from './format-day';
import { createWording, type Wording } from './wording';

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
  const formatted: ReactNode = intl.formatMessage({ id }, values);
  // A message with element values formats to a list of parts: keyed here, as React asks of lists.
  return <>{Array.isArray(formatted) ? Children.toArray(formatted) : formatted}</>;
}

/**
 * A calendar day (`YYYY-MM-DD`) as the language writes it: "1 December 2026", "1 декабря 2026 г.",
 * "1 दिसंबर 2026"; in Persian the Solar Hijri date in Persian digits with the Gregorian date
 * beside it ("۱۰ آذر ۱۴۰۵ (۱ دسامبر ۲۰۲۶)"), as Iranian readers and international sources meet.
 */
export function useFormatDay(): (day: string) => string {
  const intl = useIntl();
  return useCallback((day: string) => formatDay(intl.locale, day), [intl]);
}

/** The interface's words for vocabularies, figures and lists in the language shown (`wording.ts`). */
export function useWording(): Wording {
  const intl = useIntl();
  return useMemo(() => createWording(intl), [intl]);
}

/** The loaded data's names in the language shown (places and end-named segments; others in English). */
export function useDisplayNames(
  corridor: Parameters<typeof selectDisplayNames>[0],
  energy?: Parameters<typeof selectDisplayNames>[1],
): DisplayNames {
  const intl = useIntl();
  const language = intl.locale.split('-')[0] ?? 'en';
  return selectDisplayNames(corridor, energy, language);
}
